// The route table: every page of the app, read by the router (src/app/router.tsx), the navigation
// (layout/nav-items.tsx), the page prefetch, and the build scripts (the chunk planner, the size budgets
// and the bench). Adding a page is one entry here. Plain data with no imports, so that Node scripts can
// read it too (scripts/bundle-report.mjs); modules are paths from the repository root, loaded lazily by
// the router through import.meta.glob.

/** The navigation's icons, by name (layout/nav-items.tsx draws them). */
export type NavIcon = 'chat' | 'contacts' | 'videocam' | 'person';

export interface AppRoute {
  /** Names the route in the size budgets and the bench, and its chunks (`route~inbox+meet`). */
  name: string;
  /** React Router paths; the first is the one the navigation links to. */
  paths: string[];
  /** The page's module (loaded lazily, so a visit downloads only its page) and the component it exports. */
  page: string;
  component: string;
  /** Shown inside the signed-in frame (session guard, navigation), which loads with the page. */
  signedIn?: boolean;
  /**
   * A module exporting the page's first queries (`prefetch`, see src/api/page-prefetch.ts), fetched beside
   * the page's code and started before the page renders.
   */
  prefetch?: string;
  /** In the main navigation, in the table's order. */
  nav?: { label: string; icon: NavIcon };
  /** Measured by the size budgets (scripts/check-size.mjs) and `npm run bench`. */
  measured?: boolean;
}

/**
 * The signed-in frame's module and component, and its `parts`: lazy modules of its layout, on every
 * signed-in page (the unread watcher, the Texting icon's unread count, the profile's account button),
 * in src/app/layout/frame-parts.tsx. They download with the frame's code and the first render waits for
 * them too (the router's `preloadPage`), so the frame paints once, complete. The chunk planner and the
 * size budgets count them in every signed-in page's first load: what they share with a page goes with
 * them, not with that page's chunks.
 */
export const SIGNED_IN_FRAME = {
  module: 'src/app/signed-in-frame.tsx',
  component: 'SignedInFrame',
  parts: [
    'src/features/texting/unread/inbox-watcher.tsx',
    'src/features/texting/unread/texting-nav-icon.tsx',
    'src/app/layout/profile-user-menu.tsx',
  ],
};

/**
 * Lazy modules of the app's shell fetched on every route once the first screen has painted
 * (src/app/warm-up.ts: what must show when the network goes). The chunk planner puts them before every
 * route, so what a page shares with them is one chunk common to all pages (planned as on-demand units,
 * the inbox's first load grew from 34 files to 42 and 2.2 KB gz: docs/decisions.md); any other lazy
 * module of the shell but the frame's parts (the update prompt, the shortcuts dialog) loads on demand.
 */
export const FETCHED_AT_START = ['src/components/route-error-fallback.tsx', 'src/components/toast-view.tsx'];

/** Signed in, `/` goes here. */
export const HOME = '/texting';

export const ROUTES: AppRoute[] = [
  {
    name: 'sign-in',
    paths: ['/sign-in'],
    page: 'src/features/auth/sign-in/sign-in-page.tsx',
    component: 'SignInPage',
    measured: true,
  },
  {
    name: 'register',
    paths: ['/register'],
    page: 'src/features/auth/register/register-page.tsx',
    component: 'RegisterPage',
  },
  {
    name: 'callback',
    paths: ['/auth/callback'],
    page: 'src/features/auth/hosted-sign-in/callback-page.tsx',
    component: 'CallbackPage',
  },
  {
    name: 'password page',
    paths: ['/meet/:meetingId'],
    page: 'src/features/meet/password/meeting-password-page.tsx',
    component: 'MeetingPasswordPage',
    measured: true,
  },
  {
    name: 'inbox',
    paths: ['/texting', '/texting/:conversationId'],
    page: 'src/features/texting/inbox/inbox-page.tsx',
    component: 'InboxPage',
    signedIn: true,
    prefetch: 'src/features/texting/inbox/inbox-prefetch.ts',
    nav: { label: 'Texting', icon: 'chat' },
    measured: true,
  },
  {
    name: 'contacts',
    paths: ['/contacts'],
    page: 'src/features/contacts/contacts-page.tsx',
    component: 'ContactsPage',
    signedIn: true,
    prefetch: 'src/features/contacts/contacts-prefetch.ts',
    nav: { label: 'Contacts', icon: 'contacts' },
    measured: true,
  },
  {
    name: 'meet',
    paths: ['/meet'],
    page: 'src/features/meet/meet-page.tsx',
    component: 'MeetPage',
    signedIn: true,
    prefetch: 'src/features/meet/meet-prefetch.ts',
    nav: { label: 'Meet', icon: 'videocam' },
    measured: true,
  },
  {
    name: 'account',
    paths: ['/account'],
    page: 'src/features/account/account-page.tsx',
    component: 'AccountPage',
    signedIn: true,
    prefetch: 'src/features/account/account-prefetch.ts',
    nav: { label: 'Account', icon: 'person' },
    measured: true,
  },
  // Any other address, signed in or not.
  { name: 'not found', paths: ['*'], page: 'src/app/not-found-page.tsx', component: 'NotFoundPage' },
];
