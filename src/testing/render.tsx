// Renders a component the way the app does: a fresh QueryClient (no retries), the theme, the toaster and a
// memory router at the given URL.
import { CssBaseline } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { invalidateDeclared } from '@/app/query-client';
import { theme } from '@/app/theme/theme';
import { FirstPaintSignal } from '@/components/first-paint';
import { Toaster } from '@/components/toaster';

import type { ReactElement } from 'react';

export interface RenderOptions {
  /** The URL to start at. */
  route?: string;
  /** The route pattern the element is mounted at, e.g. `/texting/:conversationId`. */
  path?: string;
  /** Other routes, so navigation away can be asserted (each renders its path as a heading). */
  otherPaths?: string[];
  /** The client to render with (one already holding answers); a fresh test client by default. */
  queryClient?: QueryClient;
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    // What mutations declare is invalidated as in the app.
    mutationCache: new MutationCache({ onSuccess: invalidateDeclared }),
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
}

export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '/', otherPaths = [], queryClient = createTestQueryClient() }: RenderOptions = {},
): RenderResult & { user: UserEvent; queryClient: QueryClient; router: ReturnType<typeof createMemoryRouter> } {
  const routes: RouteObject[] = [
    { path, element: ui },
    ...otherPaths.map((other) => ({ path: other, element: <h1>{`Route ${other}`}</h1> })),
  ];
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <FirstPaintSignal />
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <RouterProvider router={router} />
        <Toaster />
      </ThemeProvider>
    </QueryClientProvider>,
  );
  return { ...result, user, queryClient, router };
}
