// What /contacts shows first, asked for while the page's code is still downloading.
import { contactsQuery } from '@/api/contacts';
import { ignore, type PagePrefetch } from '@/api/page-prefetch';
import { contactListParams, readContactsUrl } from '@/features/contacts/use-contacts-url';

export const prefetch: PagePrefetch = (queryClient, url) => {
  queryClient.query(contactsQuery(contactListParams(readContactsUrl(url.searchParams)))).catch(ignore);
};
