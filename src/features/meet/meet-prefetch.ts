// What /meet shows first (the tab's meetings, the user's time zone), asked for while the page's code
// is still downloading.
import { meQuery } from '@/api/me-query';
import { ignore, type PagePrefetch } from '@/api/page-prefetch';
import { eventQueries } from '@/features/meet/meet-api';
import { readMeetSearch } from '@/features/meet/meet-search-params';

export const prefetch: PagePrefetch = (queryClient, url) => {
  const { tab, page, size, from, to } = readMeetSearch(url.searchParams);
  queryClient.query(eventQueries.list({ tab, page, size, from, to })).catch(ignore);
  queryClient.query(meQuery()).catch(ignore);
};
