// The centred card the signed-out pages (sign-in, register, callback) sit in.
import { Box, Paper, Typography } from '@mui/material';

import type { ReactNode } from 'react';

export function AuthCard({
  title,
  children,
  maxWidth = 480,
}: {
  title: string;
  children: ReactNode;
  maxWidth?: number;
}) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', px: 2, py: { xs: 3, sm: 6 } }}>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth, p: { xs: 2.5, sm: 4 } }}>
        <Typography variant="overline" component="p" sx={{ color: 'primary.main', fontWeight: 700, letterSpacing: 2 }}>
          RingPlan
        </Typography>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          {title}
        </Typography>
        {children}
      </Paper>
    </Box>
  );
}
