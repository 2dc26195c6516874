// /texting and /texting/:conversationId: the conversation list and the open thread side by side on
// wide screens, one at a time on phones. The URL holds the open conversation and the search (?q=).
import { Box, Typography, useMediaQuery } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { numbersQuery, ownedNumbers } from '@/api/numbers-query';
import { useSessionEmail } from '@/api/session-store';
import { useHotkeys } from '@/components/use-hotkeys';
import { ConversationListPane } from '@/features/texting/inbox/conversation-list-pane';
import { TextingNumberNotice } from '@/features/texting/inbox/texting-number-notice';
import { ThreadPane } from '@/features/texting/thread/thread-pane';
import { usePageTitle } from '@/features/texting/unread/use-unread-title';

// The new-conversation dialog (its form, validation and contact picker) downloads when first opened.
const NewConversationDialog = lazy(async () => ({
  default: (await import('@/features/texting/inbox/new-conversation-dialog')).NewConversationDialog,
}));

export function InboxPage() {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const { conversationId } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const search = params.get('q') ?? '';
  const onSearchChange = useCallback(
    (value: string) => setParams(value ? { q: value } : {}, { replace: true }),
    [setParams],
  );
  const [creating, setCreating] = useState(false);
  // Mounted from the first opening on, so closing animates and reopening is instant.
  const [dialogLoaded, setDialogLoaded] = useState(false);
  usePageTitle('Texting · RingPlan');
  const email = useSessionEmail();
  const numbers = useQuery({ ...numbersQuery(), throwOnError: false });
  const noNumber = numbers.data !== undefined && ownedNumbers(numbers.data, email).length === 0;
  // "New conversation" only once the numbers say it can work (if they could not be loaded, the
  // dialog says so and offers Retry); with none, the notice says why and how to get one.
  const canStart = numbers.isError || (numbers.data !== undefined && !noNumber);

  const query = search ? `?${new URLSearchParams({ q: search }).toString()}` : '';
  const linkTo = (id: string) => `/texting/${id}${query}`;
  const showList = wide || conversationId === undefined;
  const showThread = wide || conversationId !== undefined;
  // On phones the thread fills the screen: Esc goes back to the list, as the back button does.
  useHotkeys({ Escape: () => void navigate(`/texting${query}`) }, !wide && conversationId !== undefined);

  return (
    <Box
      sx={{
        display: 'flex',
        // The frame's content area, between the app bar (and offline banner) and the phone's bottom bar.
        height: '100%',
        minHeight: 0,
      }}
    >
      {showList && (
        <Box
          sx={{
            width: { xs: '100%', md: 360 },
            flexShrink: 0,
            borderRight: { md: 1 },
            borderColor: { md: 'divider' },
            minHeight: 0,
          }}
        >
          <ConversationListPane
            activeId={conversationId}
            search={search}
            onSearchChange={onSearchChange}
            linkTo={linkTo}
            onNewConversation={
              canStart
                ? () => {
                    setDialogLoaded(true);
                    setCreating(true);
                  }
                : null
            }
            notice={noNumber ? <TextingNumberNotice companyNumbers={numbers.data} /> : null}
          />
        </Box>
      )}
      {showThread && (
        <Box component="section" aria-label="Conversation" sx={{ flex: 1, minWidth: 0, minHeight: 0 }}>
          {conversationId ? (
            <ThreadPane
              key={conversationId}
              conversationId={conversationId}
              backTo={wide ? null : `/texting${query}`}
            />
          ) : (
            <Box sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 3 }}>
              <Typography color="text.secondary">
                {canStart
                  ? 'Choose a conversation, or start a new one.'
                  : noNumber
                    ? 'No conversation open.'
                    : 'Choose a conversation.'}
              </Typography>
            </Box>
          )}
        </Box>
      )}
      {dialogLoaded && (
        <Suspense fallback={null}>
          <NewConversationDialog
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(conversation) => {
              setCreating(false);
              void navigate(linkTo(conversation.id));
            }}
          />
        </Suspense>
      )}
    </Box>
  );
}
