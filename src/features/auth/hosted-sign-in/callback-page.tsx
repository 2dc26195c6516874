// /auth/callback: the hosted sign-in returns here with ?code&state; exchange, then go where the user was going.
import { Box, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { CallbackFailureView } from '@/features/auth/hosted-sign-in/callback-failure';
import { finishHostedSignIn, type CallbackFailure } from '@/features/auth/hosted-sign-in/hosted-sign-in-callback';

export function CallbackPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<CallbackFailure | null>(null);

  useEffect(() => {
    let current = true;
    void finishHostedSignIn(search).then((result) => {
      if (!current) return;
      // Replace: Back must not land on the callback and replay a spent code.
      if (result.ok) void navigate(result.returnTo, { replace: true });
      else setFailure(result.failure);
    });
    return () => {
      current = false;
    };
  }, [search, navigate]);

  if (failure) return <CallbackFailureView failure={failure} />;
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 2, py: 10 }}>
      <CircularProgress size={24} aria-hidden />
      <Typography component="h1" variant="h6">
        Signing you in…
      </Typography>
    </Box>
  );
}
