// The company's texting numbers and who may text from each (GET /texting/numbers). The key is the
// one the inbox uses, so the account page and the inbox share one cache entry.
import { queryOptions } from '@tanstack/react-query';

import { ssp, unwrap } from '@/api/clients';
import { queryRoots } from '@/api/query-keys';

export function numbersQuery() {
  return queryOptions({
    queryKey: [...queryRoots.numbers, 'texting'] as const,
    queryFn: ({ signal }) => unwrap(ssp().GET('/texting/numbers', { signal })),
    staleTime: 5 * 60_000,
  });
}
