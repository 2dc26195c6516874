// A conversation's unread count in the list: a pill with the number, read out as "3 unread".
import { Box } from '@mui/material';

import { unreadText, type UnreadCount } from '@/features/texting/unread/unread';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

export function UnreadMark({ unread }: { unread: UnreadCount }) {
  const text = unreadText(unread);
  return (
    <>
      <Box
        component="span"
        aria-hidden
        sx={(theme) => ({
          flexShrink: 0,
          minWidth: 20,
          height: 20,
          px: 0.75,
          borderRadius: 10,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 12,
          fontWeight: 700,
          lineHeight: 1,
          bgcolor: (theme.vars ?? theme).palette.primary.main,
          color: (theme.vars ?? theme).palette.primary.contrastText,
        })}
      >
        {text}
      </Box>
      <Box component="span" sx={visuallyHidden}>
        {`${text} unread`}
      </Box>
    </>
  );
}
