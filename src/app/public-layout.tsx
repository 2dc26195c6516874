// Pages that work signed out (sign-in, register, callback, a meeting's password page).
import { Box } from '@mui/material';
import { Outlet } from 'react-router';

import { RouteBoundary } from '@/app/route-boundary';

export function PublicLayout() {
  return (
    <Box component="main" sx={{ minHeight: '100dvh', bgcolor: 'background.default' }}>
      <RouteBoundary>
        <Outlet />
      </RouteBoundary>
    </Box>
  );
}
