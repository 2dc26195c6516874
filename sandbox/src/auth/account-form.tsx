// The frame of the hosted forms that ask for an account's email and password (sign-in, change
// password): the error above the form, the CSRF token, then the email and the current password.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { CSRF_FIELD } from './csrf.js';

import type { Child } from 'hono/jsx';

/** In the order the page shows them. */
export interface AccountFormProps {
  errorId: string;
  /** Shown above the form, announced, and described by the email field. */
  error?: string;
  /** Where the form posts. */
  action: string;
  /** The request's own hidden fields, ahead of the CSRF token. */
  hidden?: Child;
  csrfToken: string;
  email?: string;
  /** The current password's field: its name (also its id) and its label. */
  password: { name: string; label: string };
  /** What follows the email and password: more fields, the buttons. */
  children: Child;
}

export function AccountForm(props: AccountFormProps) {
  return (
    <>
      {props.error ? (
        <p class="error" role="alert" id={props.errorId}>
          {props.error}
        </p>
      ) : null}
      <form method="post" action={props.action}>
        {props.hidden}
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <label for="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={props.email ?? ''}
          aria-describedby={props.error ? props.errorId : undefined}
        />
        <label for={props.password.name}>{props.password.label}</label>
        <input
          id={props.password.name}
          name={props.password.name}
          type="password"
          autocomplete="current-password"
          required
        />
        {props.children}
      </form>
    </>
  );
}
