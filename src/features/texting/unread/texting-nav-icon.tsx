// The Texting nav item's icon, with the unread total on it (read out as "3 unread").
import ChatIcon from '@mui/icons-material/ChatOutlined';
import { Badge } from '@mui/material';

import { VisuallyHidden } from '@/components/visually-hidden';
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
      {unread.count > 0 && <VisuallyHidden>{`${text} unread`}</VisuallyHidden>}
    </Badge>
  );
}
