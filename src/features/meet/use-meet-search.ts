// The Meet page's view state, read from and written to the URL.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { readMeetSearch, writeMeetSearch, type MeetSearch } from '@/features/meet/meet-search-params';

export function useMeetSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readMeetSearch(params), [params]);
  const update = useCallback(
    (change: Partial<MeetSearch>) => {
      // Merged into the address as it is now: two changes in quick succession (From, then To) must
      // not undo each other while the router's render of the first is still pending.
      const live = new URLSearchParams(window.location.search);
      setParams(writeMeetSearch(live, { ...readMeetSearch(live), ...change }));
    },
    [setParams],
  );
  return { search, update };
}
