import { describe, expect, it } from 'vitest';

import type { SeenRecord } from '@/features/texting/unread/seen-positions';
import {
  baselineRecord,
  boundaryFor,
  countUnseenInbound,
  isUnseen,
  sumUnread,
  unreadText,
  worthNotifying,
} from '@/features/texting/unread/unread';
import { makeContact, makeConversation, makeMessage } from '@/testing/texting-handlers';

const conversation = makeConversation();
/** Messages newest first, as the API pages them: `at` is seconds after 12:00:00. */
function page(...specs: ['in' | 'out', number][]) {
  return specs.map(([direction, second]) =>
    makeMessage(conversation, {
      direction: direction === 'in' ? 'inbound' : 'outbound',
      created_at: `2026-12-01T12:00:${String(second).padStart(2, '0')}.000000`,
    }),
  );
}

describe('unread counts', () => {
  it('counts the inbound messages after the seen message, walking back to it', () => {
    const messages = page(['in', 9], ['out', 8], ['in', 7], ['in', 6], ['in', 5]);
    const seen = messages[3]!;
    const record: SeenRecord = {
      baseline: null,
      conversations: { [conversation.id]: { id: seen.id, at: seen.created_at } },
    };
    expect(countUnseenInbound(messages, boundaryFor(record, conversation.id), false)).toEqual({
      count: 2,
      more: false,
    });
  });

  it('counts a message of the same millisecond that came after the seen one', () => {
    const messages = page(['in', 5], ['in', 5], ['in', 4]);
    const seen = messages[1]!;
    const boundary = boundaryFor(
      { baseline: null, conversations: { [conversation.id]: { id: seen.id, at: seen.created_at } } },
      conversation.id,
    );
    expect(countUnseenInbound(messages, boundary, false).count).toBe(1);
  });

  it('takes the baseline for a conversation without a mark: what is at or before it is seen', () => {
    const messages = page(['in', 9], ['in', 5], ['in', 4]);
    const record: SeenRecord = { baseline: '2026-12-01T12:00:05.000000', conversations: {} };
    expect(countUnseenInbound(messages, boundaryFor(record, conversation.id), false).count).toBe(1);
  });

  it('counts every inbound message of a conversation when nothing of it was ever seen here', () => {
    const messages = page(['in', 3], ['out', 2], ['in', 1]);
    expect(
      countUnseenInbound(messages, boundaryFor({ baseline: null, conversations: {} }, conversation.id), false),
    ).toEqual({
      count: 2,
      more: false,
    });
  });

  it('says "50+" when the whole page is unread and there are more pages', () => {
    const messages = page(['in', 3], ['in', 2], ['in', 1]);
    const counted = countUnseenInbound(messages, null, true);
    expect(counted).toEqual({ count: 3, more: true });
    expect(unreadText(counted)).toBe('3+');
    expect(unreadText(sumUnread([{ count: 2, more: false }, null, { count: 1, more: false }]))).toBe('3');
  });

  it('is not unread when the newest message is the seen one', () => {
    const [last] = page(['in', 9]);
    expect(isUnseen(last!, { id: last!.id, at: Date.parse('2026-12-01T12:00:09Z') })).toBe(false);
    expect(isUnseen(last!, { id: null, at: Date.parse('2026-12-01T12:00:09Z') })).toBe(false);
    expect(isUnseen(last!, { id: null, at: Date.parse('2026-12-01T12:00:08Z') })).toBe(true);
  });

  it('starts a new browser with everything in the list seen, the baseline at the newest message', () => {
    const quiet = makeConversation();
    const older = makeConversation(makeContact(), {
      last_message: makeMessage(conversation, { created_at: '2026-12-01T11:00:00.000000' }),
    });
    const newer = makeConversation(makeContact(), {
      last_message: makeMessage(conversation, { created_at: '2026-12-01T12:30:00.000000' }),
    });
    const record = baselineRecord([quiet, older, newer]);
    expect(record.baseline).toBe('2026-12-01T12:30:00.000000');
    expect(Object.keys(record.conversations).sort()).toEqual([older.id, newer.id].sort());
    expect(isUnseen(newer.last_message!, boundaryFor(record, newer.id))).toBe(false);
    expect(baselineRecord([])).toEqual({ baseline: null, conversations: {} });
  });
});

describe('which new messages are worth a notification', () => {
  const contact = makeContact();
  const withLast = (direction: 'inbound' | 'outbound', optedOut = false) => {
    const c = makeConversation({ ...contact, opted_out: optedOut });
    return { ...c, last_message: makeMessage(c, { direction }) };
  };

  it('an unseen inbound message while the tab is hidden, or another conversation is open', () => {
    const c = withLast('inbound');
    expect(worthNotifying({ conversation: c, boundary: null, visible: false, openConversationId: c.id })).toBe(true);
    expect(worthNotifying({ conversation: c, boundary: null, visible: true, openConversationId: 'other' })).toBe(true);
    expect(worthNotifying({ conversation: c, boundary: null, visible: true, openConversationId: undefined })).toBe(
      true,
    );
  });

  it('not the conversation on screen, nor own messages, opted-out contacts or seen messages', () => {
    const c = withLast('inbound');
    expect(worthNotifying({ conversation: c, boundary: null, visible: true, openConversationId: c.id })).toBe(false);
    expect(
      worthNotifying({
        conversation: withLast('outbound'),
        boundary: null,
        visible: false,
        openConversationId: undefined,
      }),
    ).toBe(false);
    expect(
      worthNotifying({
        conversation: withLast('inbound', true),
        boundary: null,
        visible: false,
        openConversationId: undefined,
      }),
    ).toBe(false);
    const seen = { id: c.last_message.id, at: Date.now() };
    expect(worthNotifying({ conversation: c, boundary: seen, visible: false, openConversationId: undefined })).toBe(
      false,
    );
  });
});
