import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { scanRoutes } from './route-chunks.mjs';

/** A build's chunk report: file → [facade, static imports, dynamic imports, modules]. */
const dists: string[] = [];
afterAll(() => dists.forEach((dist) => rmSync(dist, { recursive: true, force: true })));

function build(chunks: Record<string, [string | null, string[], string[], string[]]>): string {
  const dist = mkdtempSync(join(tmpdir(), 'route-scan-test-'));
  dists.push(dist);
  mkdirSync(join(dist, '.vite'));
  const report = Object.fromEntries(
    Object.entries(chunks).map(([file, [facade, imports, dynamicImports, modules]]) => [
      file,
      { isEntry: file === 'index.js', facade, imports, dynamicImports, css: [], modules },
    ]),
  );
  writeFileSync(join(dist, '.vite/chunks.json'), JSON.stringify(report));
  return dist;
}

const routes = [
  'frame.js',
  'inbox.js',
  'inbox-prefetch.js',
  'contacts.js',
  'meet.js',
  'sign-in.js',
  'toast.js',
  'fallback.js',
  'update.js',
];

/** A route table in the shape of src/app/routes.ts. */
const table = {
  FETCHED_AT_START: ['src/components/route-error-fallback.tsx', 'src/components/toast-view.tsx'],
  SIGNED_IN_FRAME: {
    module: 'src/app/signed-in-frame.tsx',
    component: 'SignedInFrame',
    parts: ['src/features/texting/unread/texting-nav-icon.tsx'],
  },
  ROUTES: [
    {
      name: 'inbox',
      paths: ['/texting'],
      page: 'src/features/texting/inbox-page.tsx',
      component: 'InboxPage',
      signedIn: true,
      prefetch: 'src/features/texting/inbox-prefetch.ts',
    },
    {
      name: 'contacts',
      paths: ['/contacts'],
      page: 'src/features/contacts/contacts-page.tsx',
      component: 'ContactsPage',
      signedIn: true,
    },
    { name: 'meet', paths: ['/meet'], page: 'src/features/meet/meet-page.tsx', component: 'MeetPage', signedIn: true },
    { name: 'sign-in', paths: ['/sign-in'], page: 'src/features/auth/sign-in-page.tsx', component: 'SignInPage' },
  ],
};

describe('scanRoutes', () => {
  const routesOf = scanRoutes(
    build({
      'index.js': ['index.html', ['base.js'], routes, ['src/main.tsx']],
      'base.js': [null, [], [], ['src/app/router.tsx']],
      'frame.js': ['src/app/signed-in-frame.tsx', ['frame-inbox.js'], ['nav-icon.js'], ['src/app/signed-in-frame.tsx']],
      'nav-icon.js': [
        'src/features/texting/unread/texting-nav-icon.tsx',
        ['badge.js', 'frame-inbox.js'],
        [],
        ['src/features/texting/unread/texting-nav-icon.tsx'],
      ],
      'badge.js': [null, [], [], ['mui/Badge.js']],
      'inbox.js': [
        'src/features/texting/inbox-page.tsx',
        ['frame-inbox.js', 'api.js', 'chip.js'],
        ['dialog.js'],
        ['src/features/texting/inbox-page.tsx'],
      ],
      'inbox-prefetch.js': [
        'src/features/texting/inbox-prefetch.ts',
        ['api.js'],
        [],
        ['src/features/texting/inbox-prefetch.ts'],
      ],
      'contacts.js': [
        'src/features/contacts/contacts-page.tsx',
        ['table.js', 'badge.js'],
        [],
        ['src/features/contacts/contacts-page.tsx'],
      ],
      'meet.js': ['src/features/meet/meet-page.tsx', ['table.js'], [], ['src/features/meet/meet-page.tsx']],
      'sign-in.js': [
        'src/features/auth/sign-in-page.tsx',
        ['chip.js', 'alert.js'],
        [],
        ['src/features/auth/sign-in-page.tsx'],
      ],
      'toast.js': ['src/components/toast-view.tsx', ['alert.js', 'icon.js'], [], ['src/components/toast-view.tsx']],
      'fallback.js': [
        'src/components/route-error-fallback.tsx',
        ['icon.js'],
        [],
        ['src/components/route-error-fallback.tsx'],
      ],
      'update.js': [
        'src/app/update-prompt-view.tsx',
        ['alert.js', 'snackbar.js'],
        [],
        ['src/app/update-prompt-view.tsx'],
      ],
      'snackbar.js': [null, [], [], ['mui/Snackbar.js']],
      'frame-inbox.js': [null, [], [], ['mui/List.js']],
      'api.js': [null, [], [], ['src/features/texting/texting-api.ts']],
      'chip.js': [null, [], [], ['mui/Chip.js']],
      'table.js': [null, [], [], ['mui/Table.js']],
      'alert.js': [null, [], [], ['mui/Alert.js']],
      'icon.js': [null, [], [], ['mui/SvgIcon.js']],
      'dialog.js': [
        'src/features/texting/new-conversation-dialog.tsx',
        [],
        [],
        ['src/features/texting/new-conversation-dialog.tsx'],
      ],
    }),
    table,
  );

  it('groups what several routes load by the set of them', () => {
    expect(routesOf.get('mui/Table.js')).toEqual(['contacts', 'meet']);
    expect(routesOf.get('mui/Chip.js')).toEqual(['inbox', 'sign-in']);
    expect(routesOf.get('src/features/contacts/contacts-page.tsx')).toEqual(['contacts']);
  });

  it('gives what a route shares with one it always comes with to that one', () => {
    expect(routesOf.get('mui/List.js')).toEqual(['signed-in-frame']);
    expect(routesOf.get('src/features/texting/texting-api.ts')).toEqual(['inbox-prefetch']);
    expect(routesOf.get('mui/Alert.js')).toEqual(['toast-view']);
  });

  it("counts the frame's parts in every signed-in first load, after the frame and before the page", () => {
    expect(routesOf.get('src/features/texting/unread/texting-nav-icon.tsx')).toEqual(['signed-in-frame-parts']);
    // The contacts page uses it too, but every signed-in page has loaded it with the frame.
    expect(routesOf.get('mui/Badge.js')).toEqual(['signed-in-frame-parts']);
    expect(routesOf.get('mui/List.js')).toEqual(['signed-in-frame']);
  });

  it("puts the table's modules fetched at start before every route, one after the other", () => {
    expect(routesOf.get('mui/SvgIcon.js')).toEqual(['route-error-fallback']);
    expect(routesOf.get('src/components/toast-view.tsx')).toEqual(['toast-view']);
  });

  it("loads the shell's other lazy modules on demand: after the start, in no route's first load", () => {
    expect(routesOf.get('mui/Alert.js')).toEqual(['toast-view']);
    expect(routesOf.get('mui/Snackbar.js')).toEqual(['update-prompt-view']);
  });

  it('leaves the entry and what only a lazy dialog loads to the default chunking', () => {
    expect(routesOf.has('src/app/router.tsx')).toBe(false);
    expect(routesOf.has('src/features/texting/new-conversation-dialog.tsx')).toBe(false);
  });
});
