// The plan's meeting minutes in one line, as the guide's portal header shows them ("0 / 200 minutes used").
import { formatCount } from '@/lib/count';

export function meetUsageLine(used: number, limit: number): string {
  return limit > 0 ? `${formatCount(used)} / ${formatCount(limit)} minutes used` : 'No meeting minutes in your plan';
}
