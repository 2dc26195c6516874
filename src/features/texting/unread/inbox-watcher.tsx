// Mounted once in the signed-in frame, on every page: polls the conversation list (every 4 s while the
// tab is visible, every 30 s while it is hidden, so notifications still arrive), starts a new
// browser's seen positions from it, keeps the unread total in the page title, and shows desktop
// notifications for inbound texts the user is not looking at.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useMatch, useNavigate } from 'react-router';

import { contactName } from '@/api/contacts';
import { useNotificationsEnabled, useNotificationSound } from '@/api/notification-settings';
import { useSessionEmail } from '@/api/session-store';
import { conversationQueries, POLL_MS } from '@/features/texting/texting-api';
import { closeSeenNotifications, showMessageNotification } from '@/features/texting/unread/desktop-notifications';
import { isNotifierTab, joinNotifierTabs } from '@/features/texting/unread/notifier-tab';
import { startSeenRecord, useSeenRecord } from '@/features/texting/unread/seen-positions';
import { baselineRecord, boundaryFor, isUnseen, worthNotifying } from '@/features/texting/unread/unread';
import { usePageVisible } from '@/features/texting/unread/use-page-visible';
import { useUnreadTotal } from '@/features/texting/unread/use-unread';
import { useUnreadTitle } from '@/features/texting/unread/use-unread-title';

/** How often a hidden tab asks (browsers stretch it to a minute after five minutes hidden). */
export const HIDDEN_POLL_MS = 30_000;

export function InboxWatcher() {
  const owner = useSessionEmail();
  const visible = usePageVisible();
  const record = useSeenRecord(owner);
  const notificationsOn = useNotificationsEnabled();
  const sound = useNotificationSound();
  const openConversationId = useMatch('/texting/:conversationId')?.params.conversationId;
  const navigate = useNavigate();
  const list = useInfiniteQuery({
    ...conversationQueries.list(''),
    // While the first load has failed, polling waits for the user's Retry (or their coming back online).
    refetchInterval: (query) =>
      query.state.status === 'error' && query.state.data === undefined ? false : visible ? POLL_MS : HIDDEN_POLL_MS,
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: true,
    throwOnError: false,
  });
  // Fetched since this page loaded, not restored from a cache kept across visits.
  const data = list.data && list.dataUpdatedAt >= performance.timeOrigin ? list.data : undefined;

  useUnreadTitle(useUnreadTotal());

  useEffect(joinNotifierTabs, []);

  // A browser that has no seen positions for the user starts them from a list fetched now: what is
  // there already counts as seen, only what comes after is unread.
  useEffect(() => {
    const firstPage = data?.pages[0];
    if (record !== null || !firstPage) return;
    void startSeenRecord(owner, baselineRecord(firstPage.items));
  }, [record, data, owner]);

  // Each conversation's newest message as last polled; a change is a new message.
  const known = useRef<Map<string, string | null> | null>(null);
  const latest = useRef({ visible, openConversationId, notificationsOn, sound, navigate });
  // Read by the effect below, which runs for a new list, not for each of these changing.
  useEffect(() => {
    latest.current = { visible, openConversationId, notificationsOn, sound, navigate };
  });

  useEffect(() => {
    if (!data || !record) return;
    const conversations = data.pages.flatMap((p) => p.items);
    const before = known.current;
    known.current = new Map(conversations.map((c) => [c.id, c.last_message?.id ?? null]));
    // What the first list shows is not news.
    if (!before) return;
    const now = latest.current;
    if (!now.notificationsOn || !isNotifierTab()) return;
    for (const conversation of conversations) {
      const last = conversation.last_message;
      if (!last || before.get(conversation.id) === last.id) continue;
      const notify = worthNotifying({
        conversation,
        boundary: boundaryFor(record, conversation.id),
        visible: now.visible,
        openConversationId: now.openConversationId,
      });
      if (!notify) continue;
      showMessageNotification({
        conversationId: conversation.id,
        title: contactName(conversation.contact),
        message: last,
        sound: now.sound,
        onOpen: () => void latest.current.navigate(`/texting/${conversation.id}`),
      });
    }
  }, [data, record]);

  // Seen here or in another tab: its notification has done its job.
  useEffect(() => {
    if (!record) return;
    closeSeenNotifications((conversationId, message) => !isUnseen(message, boundaryFor(record, conversationId)));
  }, [record]);

  return null;
}
