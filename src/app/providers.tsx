// The app's providers, in one place: server state, the style cache, theme, toasts, the new-version prompt.
import { CacheProvider } from '@emotion/react';
import { CssBaseline } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';

import { styleCache } from '@/app/theme/style-cache';
import { theme } from '@/app/theme/theme';
import { UpdatePrompt } from '@/app/update-prompt';
import { Toaster } from '@/components/toaster';

import type { ReactNode } from 'react';

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <CacheProvider value={styleCache}>
        {/* noSsr: the app renders in the browser only, so the color scheme is read on the first render,
          without MUI's second render of every themed component for server-rendered pages. */}
        <ThemeProvider theme={theme} defaultMode="system" noSsr>
          <CssBaseline enableColorScheme />
          {children}
          <Toaster />
          <UpdatePrompt />
        </ThemeProvider>
      </CacheProvider>
    </QueryClientProvider>
  );
}
