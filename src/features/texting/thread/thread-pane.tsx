// The open conversation: header, the virtualized messages, the composer, and a live region for
// inbound messages.
import { Alert, Box, CircularProgress, Link as MuiLink } from '@mui/material';
import { lazy, Suspense, useCallback, useState } from 'react';
import { Link } from 'react-router';

import { contactName } from '@/api/contacts';
import { RetryAlert } from '@/components/retry-alert';
import { Composer } from '@/features/texting/composer/composer';
import type { ThreadItem } from '@/features/texting/outbox/thread-items';
import { useSendMessage } from '@/features/texting/outbox/use-send-message';
import { MessageBubble } from '@/features/texting/thread/message-bubble';
import { MessageList } from '@/features/texting/thread/message-list';
import { NewMessageAnnouncer } from '@/features/texting/thread/new-message-announcer';
import { ThreadHeader } from '@/features/texting/thread/thread-header';
import { useConversation } from '@/features/texting/thread/use-conversation';
import { useThreadMessages } from '@/features/texting/thread/use-thread-messages';
import { useMarkSeen } from '@/features/texting/unread/use-mark-seen';

const MediaViewerDialog = lazy(() => import('@/features/texting/thread/media-viewer-dialog'));

interface Props {
  conversationId: string;
  backTo: string | null;
}

export function ThreadPane({ conversationId, backTo }: Props) {
  const conversation = useConversation(conversationId);
  const thread = useThreadMessages(conversationId);
  const { retry, discard, resend } = useSendMessage(conversationId);
  const [image, setImage] = useState<{ url: string; alt: string } | null>(null);
  const [atBottom, setAtBottom] = useState(true);
  useMarkSeen(conversationId, thread.latest.data?.items[0], atBottom);
  const contact = conversation.data?.contact;
  const contactLabel = contact ? contactName(contact) : 'the contact';

  // Stable while the contact and the send actions are, so the list re-renders only rows that changed.
  const renderItem = useCallback(
    (item: ThreadItem) => (
      <MessageBubble
        item={item}
        contactLabel={contactLabel}
        onOpenImage={(url, alt) => setImage({ url, alt })}
        onRetry={(clientId) => void retry(clientId)}
        onDiscard={discard}
        onResend={(stored) => void resend(stored.message)}
      />
    ),
    [contactLabel, retry, discard, resend],
  );

  if (conversation.data === null) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="warning">
          This conversation does not exist any more (its contact may have been deleted).{' '}
          <MuiLink component={Link} to="/texting">
            Back to conversations
          </MuiLink>
        </Alert>
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, position: 'relative' }}>
      <ThreadHeader conversation={conversation.data} backTo={backTo} />
      {thread.latest.isError && !thread.latest.data ? (
        <Box sx={{ p: 2, flex: 1 }}>
          <RetryAlert onRetry={() => void thread.latest.refetch()}>
            The messages could not be loaded. {thread.latest.error.message}
          </RetryAlert>
        </Box>
      ) : thread.latest.isPending ? (
        <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <CircularProgress aria-label="Loading messages" />
        </Box>
      ) : (
        <MessageList
          items={thread.items}
          hasOlder={thread.hasOlder}
          loadingOlder={thread.loadingOlder}
          olderError={thread.olderError}
          onLoadOlder={thread.loadOlder}
          onRetryOlder={thread.retryOlder}
          renderItem={renderItem}
          onAtBottomChange={setAtBottom}
        />
      )}
      <Composer key={conversationId} conversationId={conversationId} optedOut={contact?.opted_out === true} />
      <NewMessageAnnouncer items={thread.items} contactLabel={contactLabel} ready={thread.latest.isSuccess} />
      {image && (
        <Suspense fallback={null}>
          <MediaViewerDialog image={image} onClose={() => setImage(null)} />
        </Suspense>
      )}
    </Box>
  );
}
