// An event's time as its zone reads it, with the user's own reading on hover or focus when it differs
// (a hint of the table's HintArea).
import { Box } from '@mui/material';
import { formatInstant, formatLocal, localToInstant } from '@/lib/zoned-time';

interface Props {
  local: string;
  zone: string;
  userZone: string;
}

export function EventTime({ local, zone, userZone }: Props) {
  const shown = formatLocal(local, zone);
  const instant = localToInstant(local, zone);
  let yours: string | null = null;
  if (instant && !Number.isNaN(instant.getTime()) && userZone !== zone) {
    const inUserZone = formatInstant(instant, userZone);
    if (inUserZone !== shown) yours = `${inUserZone} in your time zone (${userZone})`;
  }
  if (!yours) return <Box component="span">{shown}</Box>;
  return (
    // Focusable, so keyboard users get the hint too; the label keeps both readings for screen readers.
    <Box
      component="span"
      tabIndex={0}
      aria-label={`${shown}; ${yours}`}
      data-hint={yours}
      sx={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}
    >
      {shown}
    </Box>
  );
}
