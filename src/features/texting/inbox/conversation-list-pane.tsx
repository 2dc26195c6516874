// The inbox's left pane: search, the conversations (newest activity first, polled), "Load more", and
// the way to start a new conversation, or, when the user has no texting number, why not (`notice`).
import AddCommentIcon from '@mui/icons-material/AddComment';
import { Box, Button, CircularProgress, List, Typography } from '@mui/material';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { useSessionEmail } from '@/api/session-store';
import { DebouncedSearchField } from '@/components/debounced-search-field';
import { RetryAlert } from '@/components/retry-alert';
import { useHotkeys } from '@/components/use-hotkeys';
import { ConversationListItem } from '@/features/texting/inbox/conversation-list-item';
import { useFailedConversationIds } from '@/features/texting/outbox/outbox-store';
import { conversationQueries, POLL_MS, toSearchParam } from '@/features/texting/texting-api';
import { NotificationPrompt } from '@/features/texting/unread/notification-prompt';

interface Props {
  activeId: string | undefined;
  search: string;
  onSearchChange: (value: string) => void;
  /** The link to a conversation, keeping the search. */
  linkTo: (conversationId: string) => string;
  /** Null while the user's texting numbers are not known yet, or when they have none (see `notice`). */
  onNewConversation: (() => void) | null;
  /** Why this user cannot start conversations; shown above the list, or as its empty state. */
  notice: ReactNode;
}

export function ConversationListPane({ activeId, search, onSearchChange, linkTo, onNewConversation, notice }: Props) {
  const owner = useSessionEmail();
  const term = useDeferredValue(search);
  const failedIds = useFailedConversationIds(owner);
  const list = useInfiniteQuery({
    ...conversationQueries.list(term),
    // While the first load has failed, polling waits for the user's Retry (or their coming back online).
    // The unsearched list is polled by the inbox watcher (on every page, hidden tabs too); a search here.
    refetchInterval: (query) =>
      !toSearchParam(term) || (query.state.status === 'error' && query.state.data === undefined) ? false : POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
    // A failed load shows Retry here, in place, instead of taking over the page.
    throwOnError: false,
  });
  // A page of conversations that arrives later (a poll, Load more, a search) renders in the background,
  // in slices that keep the page responsive, while the rows before it or the spinner stay. What is in
  // the cache at the first render (fetched while the code downloaded) paints with the page: drawn a
  // moment after the thread, the list was the last part of a wide screen to appear.
  const shown = useDeferredValue(list.data ?? null);
  const conversations = shown?.pages.flatMap((p) => p.items) ?? [];
  const total = shown?.pages.at(-1)?.total;

  // Alt+↓/↑ open the next and previous conversation, its message box focused (see Composer).
  const navigate = useNavigate();
  const step = (by: 1 | -1) => {
    const at = conversations.findIndex((c) => c.id === activeId);
    const next = conversations[at === -1 ? (by === 1 ? 0 : conversations.length - 1) : at + by];
    if (next) void navigate(linkTo(next.id), { state: { focusComposer: true } });
  };
  useHotkeys({ 'Alt+ArrowDown': () => step(1), 'Alt+ArrowUp': () => step(-1) });
  // The open conversation stays in sight as it changes (from the keyboard, or a link).
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scroller.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeId, shown]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ p: 2, pb: 1, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {/* As tall as the button, so the page does not move when it shows. */}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 40 }}>
          <Typography variant="h5" component="h1" sx={{ flex: 1, fontWeight: 700 }}>
            Texting
          </Typography>
          {onNewConversation && (
            <Button variant="contained" startIcon={<AddCommentIcon />} onClick={onNewConversation}>
              New conversation
            </Button>
          )}
        </Box>
        <DebouncedSearchField
          label="Search conversations"
          placeholder="Name or number"
          value={search}
          onSearch={onSearchChange}
        />
        <NotificationPrompt />
      </Box>
      <Box ref={scroller} sx={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
        {list.isError && !list.data ? (
          <RetryAlert sx={{ m: 2 }} onRetry={() => void list.refetch()}>
            The conversations could not be loaded. {list.error.message}
          </RetryAlert>
        ) : !shown ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
            <CircularProgress aria-label="Loading conversations" />
          </Box>
        ) : (
          <>
            {notice && <Box sx={{ px: 2, pb: 1 }}>{notice}</Box>}
            {/* With a notice, the notice is the empty state: nothing invites "New conversation". */}
            {conversations.length === 0 && (term.trim() || !notice) && (
              <Typography color="text.secondary" sx={{ p: 3, textAlign: 'center' }}>
                {term.trim()
                  ? `No conversations match “${term.trim()}”.`
                  : 'No conversations yet. Start one with “New conversation”.'}
              </Typography>
            )}
            {conversations.length > 0 && (
              <List aria-label="Conversations" disablePadding>
                {conversations.map((c) => (
                  <li key={c.id}>
                    <ConversationListItem
                      conversation={c}
                      to={linkTo(c.id)}
                      selected={c.id === activeId}
                      hasUnsent={failedIds.has(c.id)}
                    />
                  </li>
                ))}
              </List>
            )}
            {list.hasNextPage && (
              <Box sx={{ p: 2, textAlign: 'center' }}>
                <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                  {list.isFetchingNextPage
                    ? 'Loading…'
                    : `Load more${total !== undefined ? ` (${String(conversations.length)} of ${String(total)})` : ''}`}
                </Button>
              </Box>
            )}
          </>
        )}
      </Box>
    </Box>
  );
}
