// Joins a meeting once, as soon as its page opens, and sends the browser on to the room the answer
// links to (only an http(s) link: the API's URL is checked before it becomes the location).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { browserLocation } from '@/lib/browser-location';
import { safeHttpUrl } from '@/lib/safe-url';

interface RoomLink {
  link_on_meet_with_token: string;
}

export function useJoinOnOpen(join: () => Promise<RoomLink>) {
  const mutation = useMutation({
    mutationFn: join,
    onSuccess: ({ link_on_meet_with_token }) => {
      const link = safeHttpUrl(link_on_meet_with_token);
      if (link) browserLocation.assign(link);
    },
  });
  // Once per page, even when React runs the effect twice in development.
  const started = useRef(false);
  const { mutate } = mutation;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);
  return mutation;
}
