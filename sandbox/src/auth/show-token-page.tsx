// /auth/show-token in a browser: the token document laid out as the guide's screenshot shows it,
// with the id_token in a read-only field and a Copy button (a served script: the page allows no
// inline code). The JSON stays at the same address for `Accept: application/json`.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from '../http/layout.js';

import type { Child } from 'hono/jsx';

export const SHOW_TOKEN_SCRIPT_PATH = '/auth/assets/show-token.js';
export const SHOW_TOKEN_STYLES_PATH = '/auth/assets/show-token.css';

export const SHOW_TOKEN_SCRIPT = `// Copies the id_token; when the clipboard is not available, selects it for Ctrl+C.
(function () {
  var button = document.getElementById('copy-id-token');
  var field = document.getElementById('id-token');
  var status = document.getElementById('copy-status');
  if (!button || !field || !status) return;
  button.addEventListener('click', function () {
    field.focus();
    field.select();
    var done = function () { status.textContent = 'Copied the id_token.'; };
    var fallback = function () { status.textContent = 'The id_token is selected: press Ctrl+C (or \\u2318C) to copy it.'; };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(field.value).then(done, fallback);
    else fallback();
  });
})();
`;

export const SHOW_TOKEN_STYLES = `main.wide{max-width:48rem}
.token-doc{list-style:none;padding:0;margin:1rem 0;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace}
.token-doc li{padding:.2rem 0;overflow-wrap:anywhere}
.token-doc .key{color:#1c2f5c;font-weight:600}
.token-doc ul{list-style:none;padding-left:1.5rem;margin:0}
.copy-row{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.copy-row input{flex:1 1 16rem;font:13px ui-monospace,SFMono-Regular,Menlo,monospace}
.copy-row button{margin-top:0}
.links{display:flex;gap:1rem;flex-wrap:wrap}
`;

type TokenValue = string | number | string[];

function shown(value: string | number): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function ShowTokenPage(props: { document: Record<string, TokenValue>; email: string }) {
  const idToken = String(props.document.id_token);
  const rows: Child[] = Object.entries(props.document).map(([key, value]) => (
    <li>
      <span class="key">{key}:</span>{' '}
      {Array.isArray(value) ? (
        <ul>
          {value.map((item, index) => (
            <li>
              <span class="key">{index}:</span> {shown(item)}
            </li>
          ))}
        </ul>
      ) : (
        shown(value)
      )}
    </li>
  ));
  return (
    <Layout
      title="Your tokens · RingPlan"
      wide
      head={
        <>
          <link rel="stylesheet" href={SHOW_TOKEN_STYLES_PATH} />
          <script src={SHOW_TOKEN_SCRIPT_PATH} defer></script>
        </>
      }
    >
      <h1>Your tokens</h1>
      <p>
        Signed in as <strong>{props.email}</strong>. Send the <code>id_token</code> in the <code>authorization</code>{' '}
        header (no <code>Bearer</code> prefix); it lives {String(props.document.id_token_expires_in)} seconds.
      </p>
      <label for="id-token">id_token</label>
      <div class="copy-row">
        <input id="id-token" type="text" readonly value={idToken} spellcheck={false} />
        <button type="button" id="copy-id-token">
          Copy id_token
        </button>
      </div>
      <p id="copy-status" role="status" aria-live="polite"></p>
      <ul class="token-doc" aria-label="Token document">
        {rows}
      </ul>
      <p class="links">
        <a href="/ssp/ui">Open Swagger UI</a>
        <a href="/auth/logout">Sign out</a>
      </p>
    </Layout>
  );
}
