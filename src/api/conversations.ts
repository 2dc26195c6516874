// Opening a conversation (POST /texting/conversations): Texting starts one, Contacts' "Message" opens
// the one it has (201 new, 200 existing).
import { ssp } from '@/api/clients';
import type { components } from '@/api/schema/ssp';

export type Conversation = components['schemas']['Conversation'];

export async function openConversation(contactId: string, fromNumber: string): Promise<Conversation> {
  const { data } = await ssp().POST('/texting/conversations', {
    body: { contact_id: contactId, from_number: fromNumber },
  });
  return data;
}
