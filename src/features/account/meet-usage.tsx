// Meeting minutes used this period against the plan's limit.
import { LinearProgress, Stack, Typography } from '@mui/material';

import { formatCount } from '@/lib/count';

export function MeetUsage({ used, limit }: { used: number; limit: number }) {
  const percent = limit > 0 ? Math.min(100, Math.round((used / limit) * 100)) : 100;
  const text =
    limit > 0 ? `${formatCount(used)} of ${formatCount(limit)} minutes used` : 'Your plan has no meeting minutes.';
  const color = percent >= 100 ? 'error' : percent >= 80 ? 'warning' : 'primary';
  return (
    <Stack spacing={1}>
      <Typography component="h2" variant="h6">
        Meeting minutes
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={color}
        aria-label="Meeting minutes used"
        aria-valuetext={text}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <Typography variant="body2" color="text.secondary">
        {text}
        {limit > 0 && used >= limit ? ': new meetings cannot start until the limit resets or your plan grows.' : ''}
      </Typography>
    </Stack>
  );
}
