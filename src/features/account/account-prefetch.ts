// The profile /account shows, asked for while the page's code is still downloading.
import { ignore, type PagePrefetch } from '@/api/page-prefetch';
import { accountQueries } from '@/features/account/account-api';

export const prefetch: PagePrefetch = (queryClient) => {
  queryClient.query(accountQueries.me()).catch(ignore);
};
