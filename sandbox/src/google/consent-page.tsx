// The Google consent stand-in: pick an account, then Allow or Deny calendar access.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from '../http/layout.js';

export function ConsentPage(props: { state: string; profileEmail: string; otherEmail: string }) {
  return (
    <Layout title="Sign in with Google (sandbox)">
      <h1>Choose an account</h1>
      <p>
        <strong>RingPlan Meet</strong> wants to see, edit, share and permanently delete all the calendars you can access
        using Google Calendar.
      </p>
      <p class="note">Sandbox stand-in of Google's consent screen. No data leaves this machine.</p>
      <form method="post" action="/meetauth/callback">
        <input type="hidden" name="state" value={props.state} />
        <fieldset>
          <legend>Google account</legend>
          <label class="choice" for="account-profile">
            <input type="radio" id="account-profile" name="account" value={props.profileEmail} checked />
            {props.profileEmail}
          </label>
          <label class="choice" for="account-other">
            <input type="radio" id="account-other" name="account" value={props.otherEmail} />
            {props.otherEmail}
          </label>
        </fieldset>
        <div class="actions">
          <button type="submit" name="decision" value="allow">
            Allow
          </button>
          <button type="submit" name="decision" value="deny" class="secondary">
            Deny
          </button>
        </div>
      </form>
    </Layout>
  );
}
