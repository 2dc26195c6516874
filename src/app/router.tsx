// Every route of the app. Pages load lazily: a visit downloads only the code of its page. Declarative
// routes (not the data router): the app fetches through TanStack Query, not route loaders, and the
// data router's machinery would cost every page ~16 KB gzipped.
import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PublicLayout } from '@/app/public-layout';

const page = <T extends Record<string, React.ComponentType>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as React.ComponentType }));

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
