// The Texting nav item's icon, with the unread total on it (read out as "3 unread").
import ChatIcon from '@mui/icons-material/ChatOutlined';
import { Badge, Box } from '@mui/material';

import { unreadText } from '@/features/texting/unread/unread';
import { useUnreadTotal } from '@/features/texting/unread/use-unread';

export function TextingNavIcon() {
  const unread = useUnreadTotal();
  const text = unreadText(unread);
  return (
    <Badge
      badgeContent={unread.count > 0 ? text : 0}
      color="error"
      slotProps={{ badge: { 'aria-hidden': true } as Record<string, unknown> }}
    >
      <ChatIcon />
      {unread.count > 0 && (
        <Box
          component="span"
          sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}
        >
          {`${text} unread`}
        </Box>
      )}
    </Badge>
  );
}
