// A conversation's unread count in the list: a pill with the number, read out as "3 unread".
import { Box } from '@mui/material';

import { VisuallyHidden } from '@/components/visually-hidden';
import { unreadText, type UnreadCount } from '@/features/texting/unread/unread';

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
      <VisuallyHidden>{`${text} unread`}</VisuallyHidden>
    </>
  );
}
