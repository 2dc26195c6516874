// The signed-in frame: a side navigation on wide screens, a bottom bar on phones, and the route's page.
import {
  AppBar,
  BottomNavigation,
  BottomNavigationAction,
  Box,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
  useMediaQuery,
} from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { lazy, Suspense, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';

import { ColorModeButton } from '@/app/layout/color-mode-button';
import { InboxWatcher } from '@/app/layout/frame-parts';
import { navItems } from '@/app/layout/nav-items';
import { UserMenu } from '@/app/layout/user-menu';
import { RouteBoundary } from '@/app/route-boundary';
import { OfflineBanner } from '@/components/offline-banner';
import { useHotkeys } from '@/components/use-hotkeys';

// The shortcuts dialog downloads the first time `?` is pressed.
const ShortcutsDialog = lazy(async () => ({
  default: (await import('@/app/layout/shortcuts-dialog')).ShortcutsDialog,
}));

const DRAWER_WIDTH = 220;

export function AppLayout() {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const { pathname } = useLocation();
  const active = navItems.find((item) => pathname.startsWith(item.to))?.to ?? false;
  const [shortcuts, setShortcuts] = useState<'never' | 'open' | 'closed'>('never');
  useHotkeys({
    // The page's search, whichever page it is (the inbox's and the contacts' are type="search").
    '/': () => {
      const search = document.querySelector<HTMLInputElement>('main input[type="search"]');
      search?.focus();
      search?.select();
    },
    '?': () => setShortcuts('open'),
  });

  return (
    // The frame is the window's height; pages scroll inside the content area, which therefore has a
    // definite height that a full-height page (the inbox) can fill, offline banner or not.
    <Box sx={{ display: 'flex', height: '100dvh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 1 }}>
          <Typography variant="h6" component="span" sx={{ flexGrow: 1, fontWeight: 700, color: 'primary.main' }}>
            RingPlan
          </Typography>
          <ColorModeButton />
          <UserMenu />
        </Toolbar>
      </AppBar>
      {wide && (
        // A plain sidebar rather than a permanent Drawer, which would bring the modal machinery along.
        <Box
          sx={{
            width: DRAWER_WIDTH,
            flexShrink: 0,
            borderRight: 1,
            borderColor: 'divider',
            bgcolor: 'background.paper',
          }}
        >
          <Toolbar />
          <Box component="nav" aria-label="Main" sx={{ position: 'sticky', top: 64 }}>
            <List>
              {navItems.map((item) => (
                // A plain list item (not MUI's ListItem, which only adds padding rules we turn off).
                <Box component="li" key={item.to} sx={{ display: 'block' }}>
                  <ListItemButton component={NavLink} to={item.to} selected={active === item.to}>
                    <ListItemIcon>{item.icon}</ListItemIcon>
                    <ListItemText primary={item.label} />
                  </ListItemButton>
                </Box>
              ))}
            </List>
          </Box>
        </Box>
      )}
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar />
        <OfflineBanner />
        <Suspense fallback={null}>
          <InboxWatcher />
        </Suspense>
        <Box sx={{ flexGrow: 1, minHeight: 0, overflowY: 'auto', pb: wide ? 0 : 7 }}>
          <RouteBoundary>
            <Outlet />
          </RouteBoundary>
        </Box>
      </Box>
      {!wide && (
        <Box
          component="nav"
          aria-label="Main"
          sx={{ position: 'fixed', bottom: 0, left: 0, right: 0, zIndex: (t) => t.zIndex.appBar }}
        >
          <BottomNavigation value={active} showLabels sx={{ borderTop: 1, borderColor: 'divider' }}>
            {navItems.map((item) => (
              <BottomNavigationAction
                key={item.to}
                component={NavLink}
                to={item.to}
                value={item.to}
                label={item.label}
                icon={item.icon}
              />
            ))}
          </BottomNavigation>
        </Box>
      )}
      {shortcuts !== 'never' && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={shortcuts === 'open'} onClose={() => setShortcuts('closed')} />
        </Suspense>
      )}
    </Box>
  );
}
