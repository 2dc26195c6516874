// /sign-in: the hosted RingPlan sign-in (Authorization Code + PKCE), or a pasted token pair.
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, Button, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink, Navigate, useNavigate, useSearchParams } from 'react-router';

import { getConfig } from '@/api/config';
import { useSessionStatus } from '@/api/session-store';
import { AuthCard } from '@/features/auth/auth-card';
import { startHostedSignIn } from '@/features/auth/hosted-sign-in/hosted-sign-in';
import { safeReturnPath } from '@/lib/safe-return-path';

// The pasted-tokens form (its fields, validation and schema) downloads when the user opens it: most
// sign-ins go through the hosted page, and the sign-in route stays small for everyone.
const loadTokenPasteForm = () => import('@/features/auth/sign-in/token-paste-form');
const TokenPasteForm = lazy(async () => ({ default: (await loadTokenPasteForm()).TokenPasteForm }));
const preloadTokenPasteForm = () => {
  loadTokenPasteForm().catch(() => undefined); // offline: opening the section tries again
};

const DEMO_CREDENTIALS = { email: 'demo@example.com', password: 'demo-password' } as const;

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const status = useSessionStatus();
  const returnTo = safeReturnPath(searchParams.get('returnTo'), '/texting');
  const [redirecting, setRedirecting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  // Once opened, the form stays mounted (hidden or not): what was pasted is kept.
  const [tokensOpen, setTokensOpen] = useState(false);
  const [tokensOpened, setTokensOpened] = useState(false);
  const sandbox = getConfig().environment === 'sandbox';

  if (status === 'signed-in' && !redirecting) return <Navigate to={returnTo} replace />;

  const signIn = () => {
    setRedirecting(true);
    setStartError(null);
    startHostedSignIn(returnTo).catch(() => {
      setRedirecting(false);
      setStartError(
        'This browser could not prepare a secure sign-in (the Web Crypto API is unavailable). Use a current browser over HTTPS.',
      );
    });
  };

  return (
    <AuthCard title="Sign in">
      <Stack spacing={2.5}>
        <Typography color="text.secondary">Texting, contacts and meetings for your RingPlan company.</Typography>
        {sandbox && (
          <Alert severity="info">
            Sandbox: sign in as <strong>{DEMO_CREDENTIALS.email}</strong> with the password{' '}
            <strong>{DEMO_CREDENTIALS.password}</strong>.
          </Alert>
        )}
        {startError && <Alert severity="error">{startError}</Alert>}
        <Button variant="contained" size="large" onClick={signIn} disabled={redirecting}>
          {redirecting ? 'Opening RingPlan sign-in…' : 'Sign in with RingPlan'}
        </Button>
        <Typography variant="body2">
          New to RingPlan?{' '}
          <Link component={RouterLink} to="/register">
            Register your company
          </Link>
        </Typography>
        <Box sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}>
          <Button
            fullWidth
            color="inherit"
            aria-expanded={tokensOpen}
            aria-controls="use-tokens-content"
            onClick={() => {
              setTokensOpen(!tokensOpen);
              setTokensOpened(true);
            }}
            onMouseEnter={preloadTokenPasteForm}
            onFocus={preloadTokenPasteForm}
            endIcon={
              <ExpandMoreIcon
                sx={{ transform: tokensOpen ? 'rotate(180deg)' : 'none', transition: 'transform 150ms' }}
              />
            }
            sx={{ justifyContent: 'space-between', fontSize: '1rem' }}
          >
            Use tokens
          </Button>
          <Box id="use-tokens-content" role="region" aria-label="Use tokens" hidden={!tokensOpen} sx={{ pt: 2 }}>
            {tokensOpened && (
              <Suspense
                fallback={
                  <Box sx={{ display: 'grid', placeItems: 'center', py: 2 }}>
                    <CircularProgress size={28} aria-label="Loading the form" />
                  </Box>
                }
              >
                <TokenPasteForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
              </Suspense>
            )}
          </Box>
        </Box>
      </Stack>
    </AuthCard>
  );
}
