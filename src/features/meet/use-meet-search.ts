// The Meet page's view state, read from and written to the URL.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readMeetSearch, writeMeetSearch, type MeetSearch } from '@/features/meet/meet-search-params';

export function useMeetSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readMeetSearch(params), [params]);
  const update = useCallback(
    (change: Partial<MeetSearch>) => {
      setParams((current) => writeMeetSearch(current, { ...readMeetSearch(current), ...change }));
    },
    [setParams],
  );
  return { search, update };
}
