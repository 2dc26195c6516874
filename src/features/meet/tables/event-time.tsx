// A meeting's time as its own zone reads it (start, and for scheduled meetings the end), and beneath
// it, when the user's zone reads it differently, the user's own time: always shown, not a hover hint,
// so touch screens and a glance at the list get it too.
import { Box } from '@mui/material';

import { userTimeText } from '@/features/meet/tables/user-time-text';
import { formatLocal } from '@/lib/zoned-time';

interface Props {
  start: string;
  /** Scheduled meetings show their end too. */
  end?: string;
  zone: string;
  userZone: string;
  /** Name the meeting's zone under its time. */
  showZone?: boolean;
}

export function EventTime({ showZone = false, ...props }: Props) {
  const { start, end, zone } = props;
  const yours = userTimeText(props);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column' }}>
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {formatLocal(start, zone)}
      </Box>
      {end !== undefined && (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {formatLocal(end, zone)}
        </Box>
      )}
      {showZone && (
        <Box component="span" sx={{ color: 'text.secondary', typography: 'caption', overflowWrap: 'anywhere' }}>
          {zone}
        </Box>
      )}
      {yours && (
        <Box component="span" sx={{ color: 'text.secondary', typography: 'caption', whiteSpace: 'normal' }}>
          Your time: {yours}
        </Box>
      )}
    </Box>
  );
}
