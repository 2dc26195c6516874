// The hosted change-password page behind /auth/change-password.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from '../http/layout.js';

export function ChangePasswordPage(props: { returnTo: string; csrfToken: string; email?: string; error?: string }) {
  const described = props.error ? 'change-password-error' : undefined;
  return (
    <Layout title="Change your RingPlan password">
      <h1>Change your password</h1>
      <p>After the change you go back to the app; other devices signed in to this account are signed out.</p>
      {props.error ? (
        <p class="error" role="alert" id="change-password-error">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/auth/change-password">
        <input type="hidden" name="return_to" value={props.returnTo} />
        <input type="hidden" name="csrf_token" value={props.csrfToken} />
        <label for="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={props.email ?? ''}
          aria-describedby={described}
        />
        <label for="current_password">Current password</label>
        <input id="current_password" name="current_password" type="password" autocomplete="current-password" required />
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
      </form>
      <p>
        <a href={props.returnTo}>Back to the app without changing it</a>
      </p>
    </Layout>
  );
}
