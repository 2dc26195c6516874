// What /texting and /texting/:id show first (the conversations, the texting numbers, the open thread's
// newest messages, and the profile the frame's account button shows), asked for while the page's code is
// still downloading.
import { meQuery } from '@/api/me-query';
import { numbersQuery } from '@/api/numbers-query';
import { ignore, type PagePrefetch } from '@/api/page-prefetch';
import { conversationQueries, messageQueries } from '@/features/texting/texting-api';

export const prefetch: PagePrefetch = (queryClient, url, { conversationId: id }) => {
  queryClient.infiniteQuery(conversationQueries.list(url.searchParams.get('q') ?? '')).catch(ignore);
  queryClient.query(numbersQuery()).catch(ignore);
  queryClient.query(meQuery()).catch(ignore);
  if (id) {
    queryClient.query(messageQueries.latest(id)).catch(ignore);
    queryClient.query(conversationQueries.detail(id)).catch(ignore);
  }
};
