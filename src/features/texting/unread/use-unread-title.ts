// The page title starts with the unread total: "(3) Texting · RingPlan". Whatever sets the rest of
// the title (a page, the route table), the count stays in front of it.
import { useEffect } from 'react';

import { unreadText, type UnreadCount } from '@/features/texting/unread/unread';

const COUNT_PREFIX = /^\(\d+\+?\) /;

export function withUnreadPrefix(title: string, unread: UnreadCount): string {
  const base = title.replace(COUNT_PREFIX, '');
  return unread.count > 0 ? `(${unreadText(unread)}) ${base}` : base;
}

export function useUnreadTitle(unread: UnreadCount): void {
  const { count, more } = unread;
  useEffect(() => {
    const apply = () => {
      const wanted = withUnreadPrefix(document.title, { count, more });
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    // A title set later by someone else gets the count back in front.
    const observer = new MutationObserver(apply);
    const element = document.querySelector('title');
    if (element) observer.observe(element, { childList: true, characterData: true, subtree: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(COUNT_PREFIX, '');
    };
  }, [count, more]);
}

/** The page's own title while it is shown ("Texting · RingPlan"), the previous one after. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    const previous = document.title.replace(COUNT_PREFIX, '');
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
