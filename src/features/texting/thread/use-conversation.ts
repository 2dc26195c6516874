// The open conversation (contact, opt-out, numbers). The cached list's copy shows at once; the
// conversation is then looked up and re-checked every 10 s, so an opt-out shows without a reload.
import { useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';

import type { Page } from '@/api/clients';
import { conversationQueries, type Conversation } from '@/features/texting/texting-api';

function fromCachedLists(queryClient: QueryClient, id: string): Conversation | undefined {
  const lists = queryClient.getQueriesData<InfiniteData<Page<Conversation>>>({ queryKey: conversationQueries.lists() });
  for (const [, data] of lists) {
    for (const page of data?.pages ?? []) {
      const found = page.items.find((c) => c.id === id);
      if (found) return found;
    }
  }
  return undefined;
}

export function useConversation(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    ...conversationQueries.detail(id),
    placeholderData: () => fromCachedLists(queryClient, id),
    refetchInterval: 10_000,
    refetchIntervalInBackground: false,
    throwOnError: false,
  });
}
