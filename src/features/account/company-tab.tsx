// The account's Company tab: the company's name and id, and its texting numbers with who may text
// from each (GET /texting/numbers). Numbers are set up in RingPlan's web portal, not here.
import { Alert, Box, Button, Chip, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';

import type { User } from '@/api/me-query';
import { numbersQuery } from '@/api/numbers-query';
import { formatNumber } from '@/lib/phone';

// Label and value side by side from `sm` up, stacked on phones.
const FACT_ROW = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' }, columnGap: 2 } as const;

export function CompanyTab({ user }: { user: User }) {
  const numbers = useQuery({ ...numbersQuery(), throwOnError: false });
  const me = user.email.toLowerCase();

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography component="h2" variant="h6" sx={{ mb: 2 }}>
          Company
        </Typography>
        <Stack component="dl" spacing={1.5} sx={{ m: 0 }}>
          <Box sx={FACT_ROW}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
              Name
            </Typography>
            <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {user.company}
            </Typography>
          </Box>
          <Box sx={FACT_ROW}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
              Company ID
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {user.company_id}
            </Typography>
          </Box>
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography component="h2" variant="h6" sx={{ mb: 0.5 }}>
          Texting numbers
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          The company&apos;s numbers and who may text from each. A company admin sets them up in RingPlan&apos;s web
          portal.
        </Typography>
        {numbers.isPending ? (
          <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
            <CircularProgress size={20} aria-hidden />
            <Typography variant="body2">Loading the texting numbers…</Typography>
          </Box>
        ) : numbers.isError ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" loading={numbers.isFetching} onClick={() => void numbers.refetch()}>
                Try again
              </Button>
            }
          >
            The texting numbers could not be loaded. {numbers.error.message}
          </Alert>
        ) : numbers.data.length === 0 ? (
          <Alert severity="info">Your company has no texting number yet, so nobody can text from the app.</Alert>
        ) : (
          <Stack component="ul" aria-label="Texting numbers" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {numbers.data.map((number) => {
              const label = formatNumber(number.number);
              const users = [...number.ownership].sort(
                (a, b) => Number(b.toLowerCase() === me) - Number(a.toLowerCase() === me),
              );
              return (
                <Box
                  component="li"
                  key={number.id}
                  aria-label={label}
                  sx={{ borderTop: 1, borderColor: 'divider', pt: 1.5 }}
                >
                  <Typography sx={{ fontWeight: 600 }}>{label}</Typography>
                  {users.length === 0 ? (
                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                      Nobody may text from this number yet.
                    </Typography>
                  ) : (
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.75, mt: 0.5 }}>
                      <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
                        Who may use it:
                      </Typography>
                      {users.map((email) => (
                        <Chip
                          key={email}
                          size="small"
                          variant="outlined"
                          label={email.toLowerCase() === me ? `${email} (you)` : email}
                          sx={{ maxWidth: '100%' }}
                        />
                      ))}
                    </Box>
                  )}
                </Box>
              );
            })}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
