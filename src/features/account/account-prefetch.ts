// The profile /account shows (and on its Company tab the texting numbers), asked for while the page's
// code is still downloading.
import { ignore, type PagePrefetch } from '@/api/page-prefetch';
import { accountQueries } from '@/features/account/account-api';

export const prefetch: PagePrefetch = (queryClient, url) => {
  queryClient.query(accountQueries.me()).catch(ignore);
  if (url.searchParams.get('tab') === 'company') queryClient.query(accountQueries.numbers()).catch(ignore);
};
