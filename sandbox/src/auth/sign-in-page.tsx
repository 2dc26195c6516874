// The hosted sign-in page: behind /auth/authorize (started by an app) and at the auth root /auth/
// (a developer signing in to copy tokens from /auth/show-token).
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from '../http/layout.js';
import { AccountForm } from './account-form.js';

export interface SignInParams {
  client_id: string;
  redirect_uri: string;
  state: string;
  code_challenge: string;
  code_challenge_method: string;
}

export interface SignInPageProps {
  /** Where the form posts: `/auth/authorize` or `/auth/`. */
  action: string;
  /** The authorize request's parameters, carried as hidden fields; none at the auth root. */
  params?: SignInParams;
  csrfToken: string;
  email?: string;
  error?: string;
  /** Shown above the form, e.g. that the developer lands on the show-token page. */
  lead?: string;
}

export function SignInPage(props: SignInPageProps) {
  const { params } = props;
  return (
    <Layout title="Sign in to RingPlan">
      <h1>Sign in to RingPlan</h1>
      {props.lead ? <p>{props.lead}</p> : null}
      <p class="note">
        Sandbox: sign in as <code>demo@example.com</code> with the password <code>demo-password</code>.
      </p>
      <AccountForm
        errorId="sign-in-error"
        error={props.error}
        action={props.action}
        hidden={
          params ? (
            <>
              <input type="hidden" name="client_id" value={params.client_id} />
              <input type="hidden" name="redirect_uri" value={params.redirect_uri} />
              <input type="hidden" name="state" value={params.state} />
              <input type="hidden" name="code_challenge" value={params.code_challenge} />
              <input type="hidden" name="code_challenge_method" value={params.code_challenge_method} />
            </>
          ) : null
        }
        csrfToken={props.csrfToken}
        email={props.email}
        password={{ name: 'password', label: 'Password' }}
      >
        <button type="submit">Sign in</button>
      </AccountForm>
    </Layout>
  );
}
