// One row of the conversation list: who, the last message, when, and whether something went wrong.
import BlockIcon from '@mui/icons-material/Block';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Box, ListItemButton, Typography } from '@mui/material';
import { Link } from 'react-router';

import { contactName } from '@/api/contacts';
import type { Conversation } from '@/features/texting/texting-api';
import { UnreadMark } from '@/features/texting/unread/unread-mark';
import { useUnreadCount } from '@/features/texting/unread/use-unread';
import { shortTime } from '@/lib/day-groups';
import { parseServerTime } from '@/lib/server-time';

interface Props {
  conversation: Conversation;
  to: string;
  selected: boolean;
  /** This user has an unsent (failed) message in it. */
  hasUnsent: boolean;
}

function preview(conversation: Conversation): string {
  const last = conversation.last_message;
  if (!last) return 'No messages yet';
  const body = last.media_urls.length > 0 ? (last.text ? `Photo · ${last.text}` : 'Photo') : last.text;
  return last.direction === 'outbound' ? `You: ${body}` : body;
}

export function ConversationListItem({ conversation, to, selected, hasUnsent }: Props) {
  const name = contactName(conversation.contact);
  const lastFailed = conversation.last_message?.direction === 'outbound' && !conversation.last_message.success;
  const failed = lastFailed || hasUnsent;
  const time = parseServerTime(conversation.last_message?.created_at ?? conversation.updated_at);
  const unread = useUnreadCount(conversation);

  return (
    <ListItemButton
      component={Link}
      to={to}
      selected={selected}
      aria-current={selected ? 'page' : undefined}
      sx={{ alignItems: 'flex-start', gap: 1, py: 1.25, borderBottom: 1, borderColor: 'divider' }}
    >
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
          <Typography component="span" sx={{ fontWeight: unread ? 800 : 600, flex: 1, minWidth: 0 }} noWrap>
            {name}
          </Typography>
          <Typography
            component="time"
            variant="caption"
            color="text.secondary"
            dateTime={time.toISOString()}
            sx={{ flexShrink: 0 }}
          >
            {shortTime(time)}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography
            variant="body2"
            color={unread ? 'text.primary' : 'text.secondary'}
            sx={{ flex: 1, minWidth: 0, fontWeight: unread ? 600 : undefined }}
            noWrap
          >
            {preview(conversation)}
          </Typography>
          {unread && <UnreadMark unread={unread} />}
        </Box>
        {(failed || conversation.contact.opted_out) && (
          <Box sx={{ display: 'flex', gap: 1.5, mt: 0.25 }}>
            {failed && (
              <Typography
                variant="caption"
                // The darker red keeps 4.5:1 contrast on a selected row; the lighter one on dark surfaces.
                sx={(theme) => ({
                  color: (theme.vars ?? theme).palette.error.dark,
                  ...theme.applyStyles('dark', { color: (theme.vars ?? theme).palette.error.light }),
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 0.25,
                  fontWeight: 600,
                })}
              >
                <ErrorOutlineIcon sx={{ fontSize: 14 }} aria-hidden />
                {hasUnsent ? 'Not sent' : 'Failed'}
              </Typography>
            )}
            {conversation.contact.opted_out && (
              <Typography
                variant="caption"
                color="text.secondary"
                sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}
              >
                <BlockIcon sx={{ fontSize: 14 }} aria-hidden />
                Opted out
              </Typography>
            )}
          </Box>
        )}
      </Box>
    </ListItemButton>
  );
}
