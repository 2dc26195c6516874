// The open thread marks its newest message seen while it is on screen: the list is at the bottom and
// the tab is visible. Messages that arrive while the user reads further up, or while the tab is
// hidden, stay unread until they are on screen.
import { useEffect } from 'react';

import { useSessionEmail } from '@/api/session-store';
import type { Message } from '@/features/texting/texting-api';
import { markSeen, useSeenRecord } from '@/features/texting/unread/seen-positions';
import { markOf } from '@/features/texting/unread/unread';
import { usePageVisible } from '@/features/texting/unread/use-page-visible';

export function useMarkSeen(conversationId: string, newest: Message | undefined, atBottom: boolean): void {
  const owner = useSessionEmail();
  const visible = usePageVisible();
  // Marks wait for the user's record (its baseline comes from the conversation list).
  const ready = !!useSeenRecord(owner);
  useEffect(() => {
    if (!ready || !visible || !atBottom || !newest) return;
    void markSeen(owner, conversationId, markOf(newest));
  }, [ready, visible, atBottom, newest, owner, conversationId]);
}
