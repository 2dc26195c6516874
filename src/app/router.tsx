// Every route of the app. Pages load lazily: a visit downloads only the code of its page. Declarative
// routes (not the data router): the app fetches through TanStack Query, not route loaders, and the
// data router's machinery would cost every page ~16 KB gzipped.
import { lazy } from 'react';
import { matchPath, Navigate, Route, Routes } from 'react-router';

import type { PagePrefetch } from '@/api/page-prefetch';
import { PublicLayout } from '@/app/public-layout';

/** A lazily loaded page, whose code can also be fetched ahead of rendering it (`preload`). */
const page = <T extends Record<string, React.ComponentType>>(load: () => Promise<T>, name: keyof T) =>
  Object.assign(
    lazy(async () => ({ default: (await load())[name] as React.ComponentType })),
    { preload: () => load().then(() => undefined) },
  );

const SignInPage = page(() => import('@/features/auth/sign-in-page'), 'SignInPage');
const RegisterPage = page(() => import('@/features/auth/register-page'), 'RegisterPage');
const CallbackPage = page(() => import('@/features/auth/callback-page'), 'CallbackPage');
const MeetingPasswordPage = page(() => import('@/features/meet/meeting-password-page'), 'MeetingPasswordPage');
// The signed-in frame (session guard, navigation) loads lazily too: the sign-in page doesn't need it.
const SignedInFrame = page(() => import('@/app/signed-in-frame'), 'SignedInFrame');
const InboxPage = page(() => import('@/features/texting/inbox-page'), 'InboxPage');
const ContactsPage = page(() => import('@/features/contacts/contacts-page'), 'ContactsPage');
const MeetPage = page(() => import('@/features/meet/meet-page'), 'MeetPage');
const AccountPage = page(() => import('@/features/account/account-page'), 'AccountPage');
const NotFoundPage = page(() => import('@/app/not-found-page'), 'NotFoundPage');

// The pages by path, for fetching the code of the page being opened while the app starts.
const PUBLIC_PAGES = [
  { path: '/sign-in', page: SignInPage },
  { path: '/register', page: RegisterPage },
  { path: '/auth/callback', page: CallbackPage },
  { path: '/meet/:meetingId', page: MeetingPasswordPage },
];
// Their first queries' modules, fetched with the page's code (see page-prefetch.ts).
const prefetchInbox = () => import('@/features/texting/inbox-prefetch');
const SIGNED_IN_PAGES = [
  { path: '/texting', page: InboxPage, data: prefetchInbox },
  { path: '/texting/:conversationId', page: InboxPage, data: prefetchInbox },
  { path: '/contacts', page: ContactsPage, data: () => import('@/features/contacts/contacts-prefetch') },
  { path: '/meet', page: MeetPage, data: () => import('@/features/meet/meet-prefetch') },
  { path: '/account', page: AccountPage, data: () => import('@/features/account/account-prefetch') },
];

/**
 * Starts downloading the code of the page at `pathname` (and, signed in, the frame and the module of
 * the page's first queries), so it arrives alongside the runtime configuration instead of after it.
 * Resolves to the page's prefetch, if it has one. A failure here is left to the route, which loads
 * again and shows its error with Retry.
 */
export function preloadPage(pathname: string): Promise<PagePrefetch | undefined> {
  const ignore = () => undefined;
  const signedIn = SIGNED_IN_PAGES.find((p) => matchPath(p.path, pathname));
  if (signedIn) {
    SignedInFrame.preload().catch(ignore);
    signedIn.page.preload().catch(ignore);
    return signedIn.data().then((module) => module.prefetch, ignore);
  }
  PUBLIC_PAGES.find((p) => matchPath(p.path, pathname))
    ?.page.preload()
    .catch(ignore);
  return Promise.resolve(undefined);
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/auth/callback" element={<CallbackPage />} />
        <Route path="/meet/:meetingId" element={<MeetingPasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route element={<SignedInFrame />}>
        <Route path="/" element={<Navigate to="/texting" replace />} />
        <Route path="/texting" element={<InboxPage />} />
        <Route path="/texting/:conversationId" element={<InboxPage />} />
        <Route path="/contacts" element={<ContactsPage />} />
        <Route path="/meet" element={<MeetPage />} />
        <Route path="/account" element={<AccountPage />} />
      </Route>
    </Routes>
  );
}
