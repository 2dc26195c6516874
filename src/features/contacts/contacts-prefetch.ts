// What /contacts shows first, asked for while the page's code is still downloading.
import { ignore, type PagePrefetch } from '@/api/page-prefetch';
import { contactQueries } from '@/features/contacts/contact-api';
import { contactListParams, readContactsUrl } from '@/features/contacts/use-contacts-url';

export const prefetch: PagePrefetch = (queryClient, url) => {
  queryClient.query(contactQueries.list(contactListParams(readContactsUrl(url.searchParams)))).catch(ignore);
};
