// Every route of the app. Feature pages load lazily: a visit downloads only the code of its page.
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '@/app/not-found-page';
import { PublicLayout } from '@/app/public-layout';
import { RouterErrorPage } from '@/app/router-error-page';

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouterErrorPage />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            { path: '/sign-in', lazy: async () => ({ Component: (await import('@/features/auth/sign-in-page')).SignInPage }) },
            { path: '/register', lazy: async () => ({ Component: (await import('@/features/auth/register-page')).RegisterPage }) },
            { path: '/auth/callback', lazy: async () => ({ Component: (await import('@/features/auth/callback-page')).CallbackPage }) },
            {
              path: '/meet/:meetingId',
              lazy: async () => ({ Component: (await import('@/features/meet/meeting-password-page')).MeetingPasswordPage }),
            },
          ],
        },
        {
          // The signed-in frame loads lazily too: the sign-in page doesn't need it.
          lazy: async () => {
            const [{ AppLayout }, { RequireSession }] = await Promise.all([
              import('@/app/layout/app-layout'),
              import('@/app/require-session'),
            ]);
            return {
              element: (
                <RequireSession>
                  <AppLayout />
                </RequireSession>
              ),
            };
          },
          children: [
            { path: '/', element: <Navigate to="/texting" replace /> },
            { path: '/texting', lazy: async () => ({ Component: (await import('@/features/texting/inbox-page')).InboxPage }) },
            {
              path: '/texting/:conversationId',
              lazy: async () => ({ Component: (await import('@/features/texting/inbox-page')).InboxPage }),
            },
            { path: '/contacts', lazy: async () => ({ Component: (await import('@/features/contacts/contacts-page')).ContactsPage }) },
            { path: '/meet', lazy: async () => ({ Component: (await import('@/features/meet/meet-page')).MeetPage }) },
            { path: '/account', lazy: async () => ({ Component: (await import('@/features/account/account-page')).AccountPage }) },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
