// One message: inbound on the left, outbound on the right, its images and its delivery state.
import { Box, ButtonBase, Typography } from '@mui/material';

import type { ThreadItem } from '@/features/texting/outbox/thread-items';
import { MessageStatus } from '@/features/texting/thread/message-status';
import { timeOfDay } from '@/lib/day-groups';

interface Props {
  item: ThreadItem;
  /** Who the other side is, for image descriptions ("Image 1 from Maria Garcia"). */
  contactLabel: string;
  onOpenImage: (url: string, alt: string) => void;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  onResend: (item: Extract<ThreadItem, { kind: 'stored' }>) => void;
}

const THUMB = 160;

export function MessageBubble({ item, contactLabel, onOpenImage, onRetry, onDiscard, onResend }: Props) {
  const outbound = item.kind === 'outgoing' || item.message.direction === 'outbound';
  const text = item.message.text;
  const mediaUrls = item.kind === 'stored' ? item.message.media_urls : [];
  const failed = item.kind === 'outgoing' ? item.message.status === 'failed' : !item.message.success;
  const from = outbound ? 'you' : contactLabel;

  return (
    <Box
      data-message-row={item.key}
      sx={{ display: 'flex', flexDirection: 'column', alignItems: outbound ? 'flex-end' : 'flex-start', py: 0.5 }}
    >
      <Box
        sx={(t) => ({
          maxWidth: { xs: '85%', md: '70%' },
          px: 1.5,
          py: 1,
          borderRadius: 2.5,
          borderBottomRightRadius: outbound ? 4 : undefined,
          borderBottomLeftRadius: outbound ? undefined : 4,
          bgcolor: outbound ? 'primary.main' : 'action.hover',
          color: outbound ? 'primary.contrastText' : 'text.primary',
          border: failed ? `2px solid ${t.palette.error.main}` : '2px solid transparent',
        })}
      >
        {mediaUrls.length > 0 && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mb: text ? 1 : 0 }}>
            {mediaUrls.map((url, i) => {
              const alt = `Image ${String(i + 1)} from ${from}`;
              return (
                <ButtonBase
                  key={url}
                  onClick={() => onOpenImage(url, alt)}
                  aria-label={`Open image ${String(i + 1)} from ${from} full size`}
                  sx={{
                    borderRadius: 1.5,
                    overflow: 'hidden',
                    '&:focus-visible': { outline: 3, outlineColor: 'warning.main' },
                  }}
                >
                  <img
                    src={url}
                    alt={alt}
                    width={THUMB}
                    height={THUMB}
                    loading="lazy"
                    style={{ objectFit: 'cover', display: 'block' }}
                  />
                </ButtonBase>
              );
            })}
          </Box>
        )}
        {item.kind === 'outgoing' && item.message.attachments.length > 0 && (
          <Typography variant="body2" sx={{ opacity: 0.85, mb: text ? 0.5 : 0 }}>
            {item.message.attachments.map((a) => `📎 ${a.name}`).join('  ')}
          </Typography>
        )}
        {text && (
          <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {text}
          </Typography>
        )}
      </Box>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          mt: 0.25,
          px: 0.5,
          flexWrap: 'wrap',
          justifyContent: outbound ? 'flex-end' : 'flex-start',
        }}
      >
        <Typography variant="caption" color="text.secondary" component="time" dateTime={item.time.toISOString()}>
          {timeOfDay(item.time)}
        </Typography>
        {outbound && <MessageStatus item={item} onRetry={onRetry} onDiscard={onDiscard} onResend={onResend} />}
      </Box>
    </Box>
  );
}
