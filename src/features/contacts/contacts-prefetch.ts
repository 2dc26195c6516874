// What /contacts shows first (and the profile the frame's account button shows), asked for while the
// page's code is still downloading.
import { contactsQuery } from '@/api/contacts';
import { meQuery } from '@/api/me-query';
import { ignore, type PagePrefetch } from '@/api/page-prefetch';
import { contactListParams, readContactsUrl } from '@/features/contacts/use-contacts-url';

export const prefetch: PagePrefetch = (queryClient, url) => {
  queryClient.query(contactsQuery(contactListParams(readContactsUrl(url.searchParams)))).catch(ignore);
  queryClient.query(meQuery()).catch(ignore);
};
