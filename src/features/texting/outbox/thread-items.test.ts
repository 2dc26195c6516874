import { describe, expect, it } from 'vitest';

import type { OutgoingMessage } from '@/features/texting/outbox/outbox-store';
import { mergeThread } from '@/features/texting/outbox/thread-items';
import type { Message } from '@/features/texting/texting-api';
import { makeContact, makeConversation, makeMessage, serverTime } from '@/testing/texting-handlers';

const conversation = makeConversation(makeContact({ number: '5550000000' }));

/** Messages a minute apart, oldest first, as the server stores them. */
function history(...specs: Partial<Message>[]): Message[] {
  return specs.map((spec, i) => makeMessage(conversation, { created_at: serverTime(specs.length - i), ...spec }));
}
const refused = (text: string, extra: Partial<Message> = {}): Partial<Message> => ({
  direction: 'outbound',
  text,
  success: false,
  error: 'Carrier rejected the message',
  client_id: crypto.randomUUID(),
  ...extra,
});
const sent = (text: string, extra: Partial<Message> = {}): Partial<Message> => ({
  direction: 'outbound',
  text,
  client_id: crypto.randomUUID(),
  ...extra,
});
const inbound = (text: string): Partial<Message> => ({ direction: 'inbound', text });

function outgoing(text: string, status: OutgoingMessage['status'], fileIds: string[] = []): OutgoingMessage {
  return {
    clientId: crypto.randomUUID(),
    owner: 'demo@example.com',
    conversationId: conversation.id,
    text,
    attachments: fileIds.map((fileId) => ({ name: 'photo.png', size: 1, type: 'image/png', fileId })),
    createdAt: new Date().toISOString(),
    status,
    error: status === 'failed' ? 'Not sent: The service could not be reached.' : null,
    failure: status === 'failed' ? 'transient' : null,
  };
}

/** The thread as text: "text [state ×tries]" per bubble. */
function shown(pages: Message[][], out: OutgoingMessage[] = []): string[] {
  return mergeThread(pages, out).map((item) => {
    const state =
      item.kind === 'outgoing'
        ? item.message.status
        : item.message.direction === 'inbound'
          ? 'in'
          : item.message.success
            ? 'sent'
            : 'refused';
    return `${item.message.text} [${state}${item.earlier.length > 0 ? ` ×${String(item.earlier.length + 1)}` : ''}]`;
  });
}

describe('one bubble per message the user wrote', () => {
  it('folds refused attempts of the same text into the latest one, which counts the tries', () => {
    expect(shown([history(refused('Hi'), refused('Hi'), refused('Hi'))])).toEqual(['Hi [refused ×3]']);
  });

  it('puts the retried message where its latest attempt is, even with replies in between', () => {
    const pages = [history(sent('Before'), refused('Are you there?'), inbound('Hello?'), refused('Are you there?'))];
    expect(shown(pages)).toEqual(['Before [sent]', 'Hello? [in]', 'Are you there? [refused ×2]']);
    const items = mergeThread(pages, []);
    expect(items.at(-1)?.key).toBe(pages[0]?.at(-1)?.client_id);
    expect(items.at(-1)?.earlier.map((m) => m.id)).toEqual([pages[0]?.[1]?.id]);
  });

  it('shows a refused message that went through on a later try as sent, with its tries', () => {
    expect(shown([history(refused('Invoice'), refused('Invoice'), sent('Invoice'))])).toEqual(['Invoice [sent ×3]']);
  });

  it('takes the refused bubble’s place as soon as the retry is in the outbox (sending, or failed to reach the service)', () => {
    const pages = [history(refused('Call me'), inbound('ok'))];
    expect(shown(pages, [outgoing('Call me', 'sending')])).toEqual(['ok [in]', 'Call me [sending ×2]']);
    expect(shown(pages, [outgoing('Call me', 'failed')])).toEqual(['ok [in]', 'Call me [failed ×2]']);
  });

  it('keeps a retry with a refusal in between another message of the user as the same bubble', () => {
    expect(shown([history(refused('A'), sent('B'), refused('A'))])).toEqual(['B [sent]', 'A [refused ×2]']);
  });

  it('keeps different messages apart: other text, other images, inbound copies, a resend of a delivered one', () => {
    expect(shown([history(refused('Hi'), refused('Hi there'))])).toEqual(['Hi [refused]', 'Hi there [refused]']);
    const photo = (id: string) => ({ files: [{ id, company_id: conversation.company_id, description: null }] });
    expect(shown([history(refused('Look', photo('f1')), refused('Look', photo('f2')))])).toEqual([
      'Look [refused]',
      'Look [refused]',
    ]);
    expect(shown([history(refused('Look', photo('f1')))], [outgoing('Look', 'sending', ['f1'])])).toEqual([
      'Look [sending ×2]',
    ]);
    expect(shown([history(inbound('Hi'), refused('Hi'))])).toEqual(['Hi [in]', 'Hi [refused]']);
    expect(shown([history(sent('Thanks'), sent('Thanks'))])).toEqual(['Thanks [sent]', 'Thanks [sent]']);
    expect(shown([history(sent('Thanks'), refused('Thanks'))])).toEqual(['Thanks [sent]', 'Thanks [refused]']);
  });

  it('never folds unsent outbox messages: each keeps its own Retry of the same attempt', () => {
    expect(shown([history(sent('x'))], [outgoing('Again', 'failed'), outgoing('Again', 'failed')])).toEqual([
      'x [sent]',
      'Again [failed]',
      'Again [failed]',
    ]);
  });

  it('folds attempts across pages (an older page loaded later)', () => {
    const all = history(
      refused('Old'),
      ...Array.from({ length: 3 }, (_, i) => inbound(`reply ${String(i)}`)),
      refused('Old'),
    );
    const older = all.slice(0, 2);
    const latest = all.slice(2);
    expect(shown([latest])).toEqual(['reply 1 [in]', 'reply 2 [in]', 'Old [refused]']);
    expect(shown([older, latest])).toEqual(['reply 0 [in]', 'reply 1 [in]', 'reply 2 [in]', 'Old [refused ×2]']);
  });
});
