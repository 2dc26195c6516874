// Copy text and say so; where the browser refuses (no permission, not a secure context) say that too.
import { notify } from '@/components/notify';

export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    notify.success(`${what} copied`);
    return true;
  } catch {
    notify.error(`Couldn't copy the ${what.toLowerCase()}. Select it and copy it by hand.`);
    return false;
  }
}
