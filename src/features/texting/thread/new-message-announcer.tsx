// A polite live region that reads out inbound messages arriving while the thread is open.
import { useEffect, useRef, useState } from 'react';

import { VisuallyHidden } from '@/components/visually-hidden';
import type { ThreadItem } from '@/features/texting/outbox/thread-items';

interface Props {
  items: ThreadItem[];
  contactLabel: string;
  /** False until the first page is in: what was there when the thread opened is not news. */
  ready: boolean;
}

const KEEP = 5;

export function NewMessageAnnouncer({ items, contactLabel, ready }: Props) {
  const newest = useRef<number | null>(null);
  const [announcements, setAnnouncements] = useState<{ id: string; text: string }[]>([]);

  useEffect(() => {
    if (!ready) return;
    const inbound = items.filter((i) => i.kind === 'stored' && i.message.direction === 'inbound');
    const latest = Math.max(0, ...inbound.map((i) => i.time.getTime()));
    if (newest.current === null) {
      newest.current = latest;
      return;
    }
    // Older pages loading as the user scrolls up are not new: only what comes after the newest known.
    const since = newest.current;
    const fresh = inbound.filter((i) => i.time.getTime() > since);
    if (fresh.length === 0) return;
    newest.current = latest;
    setAnnouncements((current) =>
      [
        ...current,
        ...fresh.map((i) => ({
          id: i.key,
          text: `New message from ${contactLabel}: ${i.message.text || 'an image'}`,
        })),
      ].slice(-KEEP),
    );
  }, [items, contactLabel, ready]);

  return (
    <VisuallyHidden component="div" role="log" aria-live="polite" aria-label="New messages">
      {announcements.map((a) => (
        <p key={a.id}>{a.text}</p>
      ))}
    </VisuallyHidden>
  );
}
