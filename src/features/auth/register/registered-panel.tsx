// After registering: the generated password, shown this once with a copy button, then sign-in.
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, IconButton, InputAdornment, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';

import { startHostedSignIn } from '@/features/auth/hosted-sign-in/hosted-sign-in';
import type { RegisteredUser } from '@/features/auth/register/register-api';

export function RegisteredPanel({ user }: { user: RegisteredUser }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const password = user.generated_password;

  const copy = async () => {
    if (!password) return;
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Stack spacing={2.5}>
      <Alert severity="success" role="status">
        The account for {user.email} at {user.company} is ready.
      </Alert>
      {password && (
        <>
          <Typography>
            RingPlan generated this password for you. <strong>Save it now: it is shown only this once.</strong>
          </Typography>
          <TextField
            label="Your password"
            value={password}
            slotProps={{
              htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace' } },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <Tooltip title="Copy password">
                      <IconButton aria-label="Copy password" onClick={() => void copy()} edge="end">
                        <ContentCopyIcon />
                      </IconButton>
                    </Tooltip>
                  </InputAdornment>
                ),
              },
            }}
          />
          <Typography
            variant="body2"
            role="status"
            aria-live="polite"
            color={copied === 'failed' ? 'error' : 'text.secondary'}
          >
            {copied === 'yes' && 'Password copied.'}
            {copied === 'failed' && 'Copying is not allowed here: select the password and copy it by hand.'}
          </Typography>
        </>
      )}
      <Button
        variant="contained"
        size="large"
        disabled={redirecting}
        onClick={() => {
          setRedirecting(true);
          startHostedSignIn('/texting').catch(() => setRedirecting(false));
        }}
      >
        {redirecting ? 'Opening RingPlan sign-in…' : 'Sign in with RingPlan'}
      </Button>
    </Stack>
  );
}
