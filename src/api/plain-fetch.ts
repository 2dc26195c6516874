// The fetch for calls that need no session (sign-in, refresh, the public meeting page): network
// failures still become a NetworkError.
import { NetworkError } from '@/api/errors';

export async function plainFetch(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (cause) {
    throw new NetworkError(cause);
  }
}
