// "2 segments · 45 left", a warning past 3 segments and the reason sending stops past 10.
import { FormHelperText } from '@mui/material';

import { MAX_SEGMENTS, WARN_SEGMENTS, type SegmentCount } from '@/lib/sms-segments';

interface Props {
  id: string;
  count: SegmentCount;
}

export function SegmentCounter({ id, count }: Props) {
  const { segments, remainingInSegment, encoding } = count;
  if (segments === 0) return <FormHelperText id={id}>Enter sends · Shift+Enter adds a line</FormHelperText>;
  const base = `${String(segments)} ${segments === 1 ? 'segment' : 'segments'} · ${String(remainingInSegment)} left`;
  const unicode = encoding === 'UCS-2' ? ' (emoji or special characters: 70 per segment)' : '';
  if (segments > MAX_SEGMENTS) {
    return (
      <FormHelperText id={id} error>
        {`Too long to send: ${String(segments)} segments; a message can have at most ${String(MAX_SEGMENTS)}. Shorten it or split it in two.`}
      </FormHelperText>
    );
  }
  if (segments > WARN_SEGMENTS) {
    return (
      // Bold text rather than the warning colour: orange on white is too faint for small text.
      <FormHelperText id={id} sx={{ color: 'text.primary', fontWeight: 600 }}>
        {`⚠ ${base}${unicode} · long message: each segment is billed as one text`}
      </FormHelperText>
    );
  }
  return <FormHelperText id={id}>{`${base}${unicode}`}</FormHelperText>;
}
