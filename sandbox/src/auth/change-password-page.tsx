// The hosted change-password page behind /auth/change-password.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from '../http/layout.js';
import { AccountForm } from './account-form.js';

export function ChangePasswordPage(props: { returnTo: string; csrfToken: string; email?: string; error?: string }) {
  return (
    <Layout title="Change your RingPlan password">
      <h1>Change your password</h1>
      <p>After the change you go back to the app; other devices signed in to this account are signed out.</p>
      <AccountForm
        errorId="change-password-error"
        error={props.error}
        action="/auth/change-password"
        hidden={<input type="hidden" name="return_to" value={props.returnTo} />}
        csrfToken={props.csrfToken}
        email={props.email}
        password={{ name: 'current_password', label: 'Current password' }}
      >
        <label for="new_password">New password</label>
        <input
          id="new_password"
          name="new_password"
          type="password"
          autocomplete="new-password"
          minlength={8}
          maxlength={200}
          required
          aria-describedby="new-password-hint"
        />
        <p class="note" id="new-password-hint">
          At least 8 characters.
        </p>
        <label for="confirm_password">Repeat the new password</label>
        <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required />
        <div class="actions">
          <button type="submit">Change password</button>
        </div>
      </AccountForm>
      <p>
        <a href={props.returnTo}>Back to the app without changing it</a>
      </p>
    </Layout>
  );
}
