// The signed-in user's zone: the profile's when it is set and valid, else the browser's.
import { useQuery } from '@tanstack/react-query';

import { meQuery } from '@/api/me-query';
import { browserTimeZone, isValidTimeZone } from '@/lib/time-zones';

export function useUserTimeZone(): {
  zone: string;
  email: string | undefined;
  name: string | undefined;
  loading: boolean;
} {
  const { data, isPending } = useQuery({ ...meQuery(), throwOnError: false });
  const zone = data?.timezone && isValidTimeZone(data.timezone) ? data.timezone : browserTimeZone();
  const name = data ? `${data.first_name} ${data.last_name}`.trim() : undefined;
  return { zone, email: data?.email, name: name || undefined, loading: isPending };
}
