// The frame of every server-rendered sandbox page, and the one stylesheet they share.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';

import type { Child } from 'hono/jsx';

export const STYLESHEET_PATH = '/assets/sandbox.css';

export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6fa;color:#1c2330}
main{max-width:28rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(20,30,60,.08)}
h1{font-size:1.5rem;margin:0 0 1rem}
p{margin:.5rem 0 1rem}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input[type=email],input[type=password],input[type=text]{width:100%;padding:.6rem .75rem;border:1px solid #8a94a6;border-radius:6px;font:inherit}
input:focus-visible,button:focus-visible{outline:3px solid #1d5fd1;outline-offset:2px}
button{margin-top:1.25rem;padding:.65rem 1.25rem;border:0;border-radius:6px;background:#1d5fd1;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button.secondary{background:#e6e9ef;color:#1c2330}
.actions{display:flex;gap:.75rem}
.error{padding:.75rem;border-radius:6px;background:#fde8e8;color:#8a1c1c;border:1px solid #f3b7b7}
.note{padding:.75rem;border-radius:6px;background:#eef4ff;color:#1c2f5c;font-size:.9rem}
.choice{display:flex;align-items:center;gap:.5rem;font-weight:400;margin:.5rem 0}
fieldset{border:1px solid #c9d0dc;border-radius:8px;padding:.5rem 1rem 1rem}
legend{font-weight:600;padding:0 .25rem}
code{background:#f0f2f6;padding:.1rem .3rem;border-radius:4px}
`;

/** Strict policy for the HTML pages; forms may post back here and then go on to the app. */
export function pageCsp(appOrigins: string[]): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    `form-action 'self' ${appOrigins.join(' ')}`,
    "base-uri 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** A sandbox page: `head` adds a page's own styles and scripts; `wide` widens the main column. */
export function Layout(props: { title: string; head?: Child; wide?: boolean; children: Child }) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{props.title}</title>
          <link rel="stylesheet" href={STYLESHEET_PATH} />
          {props.head}
        </head>
        <body>
          <main class={props.wide ? 'wide' : undefined}>{props.children}</main>
        </body>
      </html>
    </>
  );
}

export function MessagePage(props: { title: string; message: string }) {
  return (
    <Layout title={props.title}>
      <h1>{props.title}</h1>
      <p class="error" role="alert">
        {props.message}
      </p>
    </Layout>
  );
}
