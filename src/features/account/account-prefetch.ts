// The profile /account shows (and on its Company tab the texting numbers), asked for while the page's
// code is still downloading.
import { meQuery } from '@/api/me-query';
import { numbersQuery } from '@/api/numbers-query';
import { ignore, type PagePrefetch } from '@/api/page-prefetch';

export const prefetch: PagePrefetch = (queryClient, url) => {
  queryClient.query(meQuery()).catch(ignore);
  if (url.searchParams.get('tab') === 'company') queryClient.query(numbersQuery()).catch(ignore);
};
