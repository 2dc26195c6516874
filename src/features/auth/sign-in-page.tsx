// /sign-in: the hosted RingPlan sign-in (Authorization Code + PKCE), or a pasted token pair.
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Button,
  Divider,
  Link,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, Navigate, useNavigate, useSearchParams } from 'react-router';
import { getConfig } from '@/api/config';
import { useSessionStatus } from '@/api/session-store';
import { AuthCard } from '@/features/auth/auth-card';
import { startHostedSignIn } from '@/features/auth/hosted-sign-in';
import { TokenPasteForm } from '@/features/auth/token-paste-form';
import { safeReturnPath } from '@/lib/safe-return-path';

const DEMO_CREDENTIALS = { email: 'demo@example.com', password: 'demo-password' } as const;

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const status = useSessionStatus();
  const returnTo = safeReturnPath(searchParams.get('returnTo'), '/texting');
  const [redirecting, setRedirecting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const sandbox = getConfig().environment === 'sandbox';

  if (status === 'signed-in' && !redirecting) return <Navigate to={returnTo} replace />;

  const signIn = () => {
    setRedirecting(true);
    setStartError(null);
    startHostedSignIn(returnTo).catch(() => {
      setRedirecting(false);
      setStartError('This browser could not prepare a secure sign-in (the Web Crypto API is unavailable). Use a current browser over HTTPS.');
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
        <Divider />
        <Accordion disableGutters variant="outlined">
          <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="use-tokens-content" id="use-tokens-header">
            <Typography component="h2" variant="subtitle1">
              Use tokens
            </Typography>
          </AccordionSummary>
          <AccordionDetails id="use-tokens-content">
            <TokenPasteForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
          </AccordionDetails>
        </Accordion>
      </Stack>
    </AuthCard>
  );
}
