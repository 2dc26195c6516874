import { describe, expect, it } from 'vitest';

import { dataBlock, pathPattern, routeFiles } from './start-preload.mjs';

/** A route table in the shape of src/app/routes.ts. */
const table = {
  HOME: '/texting',
  FETCHED_AT_START: ['src/components/toast-view.tsx'],
  FETCHED_WHEN_SIGNED_IN: ['src/app/query-persistence.ts'],
  SIGNED_IN_FRAME: { module: 'src/app/signed-in-frame.tsx', component: 'SignedInFrame' },
  ROUTES: [
    {
      name: 'inbox',
      paths: ['/texting', '/texting/:conversationId'],
      page: 'src/inbox-page.tsx',
      component: 'InboxPage',
      signedIn: true,
      prefetch: 'src/inbox-prefetch.ts',
    },
    { name: 'sign-in', paths: ['/sign-in'], page: 'src/sign-in-page.tsx', component: 'SignInPage' },
    { name: 'not found', paths: ['*'], page: 'src/not-found-page.tsx', component: 'NotFoundPage' },
  ],
};

/** A build's chunks: file → [facade, static imports]. */
function chunks(spec: Record<string, [string | null, string[]]>) {
  return Object.fromEntries(
    Object.entries(spec).map(([file, [facade, imports]]) => [file, { isEntry: file === 'index.js', facade, imports }]),
  );
}

const build = chunks({
  'index.js': ['index.html', ['framework.js', 'base.js']],
  'framework.js': [null, []],
  'base.js': [null, ['framework.js']],
  'frame.js': ['src/app/signed-in-frame.tsx', ['shared.js', 'base.js']],
  'inbox.js': ['src/inbox-page.tsx', ['shared.js', 'inbox-deep.js']],
  'inbox-deep.js': [null, ['deeper.js']],
  'deeper.js': [null, []],
  'prefetch.js': ['src/inbox-prefetch.ts', ['api.js']],
  'api.js': [null, ['base.js']],
  'shared.js': [null, []],
  'sign-in.js': ['src/sign-in-page.tsx', ['shared.js', 'api.js']],
  'not-found.js': ['src/not-found-page.tsx', []],
  'toast.js': ['src/components/toast-view.tsx', []],
  'persistence.js': ['src/app/query-persistence.ts', ['idb.js']],
  'idb.js': [null, []],
});

describe('routeFiles', () => {
  const data = routeFiles(build, table);
  const filesOf = (name: string) => data.routes.find((route) => route.name === name)?.files.map((i) => data.files[i]);

  it("names each route's whole first load, every import level, and nothing index.html already preloads", () => {
    expect(filesOf('inbox')).toEqual([
      'prefetch.js',
      'api.js',
      'frame.js',
      'shared.js',
      'inbox.js',
      'inbox-deep.js',
      'deeper.js',
      'toast.js',
    ]);
    expect(filesOf('sign-in')).toEqual(['sign-in.js', 'shared.js', 'api.js', 'toast.js']);
    expect(filesOf('not found')).toEqual(['not-found.js', 'toast.js']);
  });

  it('names what a session fetches on every route, and the home and patterns of the table', () => {
    expect(data.signedIn.map((i) => data.files[i])).toEqual(['persistence.js', 'idb.js']);
    expect(data.home).toBe('/texting');
    expect(data.routes.map((route) => [route.name, route.signedIn, route.patterns])).toEqual([
      ['inbox', true, ['^/texting/?$', '^/texting/[^/]+/?$']],
      ['sign-in', false, ['^/sign-in/?$']],
      ['not found', false, ['^/.*$']],
    ]);
  });

  it('fails the build when the table names a module no chunk comes from', () => {
    const renamed = {
      ...table,
      ROUTES: [{ name: 'sign-in', paths: ['/sign-in'], page: 'src/signin-page.tsx', component: 'SignInPage' }],
    };
    expect(() => routeFiles(build, renamed)).toThrow('src/app/routes.ts names src/signin-page.tsx');
  });
});

describe('pathPattern', () => {
  it('matches a route path against the whole pathname', () => {
    const meeting = new RegExp(pathPattern('/meet/:meetingId'));
    expect(meeting.test('/meet/241209626')).toBe(true);
    expect(meeting.test('/meet/241209626/')).toBe(true);
    expect(meeting.test('/meet')).toBe(false);
    expect(meeting.test('/meet/1/2')).toBe(false);
    expect(new RegExp(pathPattern('/meet')).test('/meeting')).toBe(false);
    expect(new RegExp(pathPattern('/auth/callback')).test('/auth/callback')).toBe(true);
  });
});

describe('dataBlock', () => {
  it('cannot end its script element early, whatever it holds', () => {
    const block = dataBlock({ files: ['</script><script>alert(1)</script>'] });
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({
      files: ['</script><script>alert(1)</script>'],
    });
  });
});
