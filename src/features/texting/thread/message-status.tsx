// An outbound message's state: sending, sent, or failed with the reason and what the user can do.
// A message retried after the carrier refused it is one bubble: its latest attempt's state, its tries
// counted, and one Retry (for the latest attempt only).
import DoneIcon from '@mui/icons-material/Done';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Box, Button, CircularProgress, Typography } from '@mui/material';

import type { ThreadItem } from '@/features/texting/outbox/thread-items';

interface Props {
  item: ThreadItem;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  onResend: (item: Extract<ThreadItem, { kind: 'stored' }>) => void;
}

/** " · tried 3 times", once there was more than one attempt. */
function tries(item: ThreadItem): string {
  return item.earlier.length === 0 ? '' : ` · tried ${String(item.earlier.length + 1)} times`;
}

export function MessageStatus({ item, onRetry, onDiscard, onResend }: Props) {
  if (item.kind === 'outgoing' && item.message.status === 'sending') {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <CircularProgress size={10} aria-hidden />
        <Typography variant="caption" color="text.secondary">
          Sending…
        </Typography>
      </Box>
    );
  }
  if (item.kind === 'stored' && item.message.success) {
    return (
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}
      >
        <DoneIcon sx={{ fontSize: 14 }} aria-hidden />
        Sent{tries(item)}
      </Typography>
    );
  }

  const reason =
    item.kind === 'outgoing'
      ? (item.message.error ?? 'Not sent.')
      : `Not delivered: ${item.message.error ?? 'the carrier did not take this message.'}`;
  const missingFile = item.kind === 'outgoing' && item.message.failure === 'missing-file';

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      <ErrorOutlineIcon color="error" sx={{ fontSize: 16 }} aria-hidden />
      <Typography variant="caption" color="error" sx={{ fontWeight: 600 }}>
        Failed · {reason}
        {tries(item)}
      </Typography>
      {item.kind === 'outgoing' ? (
        <>
          {/* The same attempt again: same client_id and body, so a lost answer cannot text twice. */}
          {!missingFile && (
            <Button
              size="small"
              color="error"
              onClick={() => onRetry(item.message.clientId)}
              sx={{ minWidth: 0, py: 0 }}
            >
              Retry
            </Button>
          )}
          <Button
            size="small"
            color="inherit"
            onClick={() => onDiscard(item.message.clientId)}
            sx={{ minWidth: 0, py: 0 }}
          >
            Discard
          </Button>
        </>
      ) : (
        // The carrier refused it: a new attempt (new client_id), which takes this bubble's place.
        <Button size="small" color="error" onClick={() => onResend(item)} sx={{ minWidth: 0, py: 0 }}>
          Retry
        </Button>
      )}
    </Box>
  );
}
