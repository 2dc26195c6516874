// Demo texting data: the company number, 25 contacts and 8 conversations, timed relative to now.
import { newId } from '../db/ids.js';
import { gradientPng } from './png.js';
import {
  DEMO_TEXTING_NUMBER,
  FAILING_CONTACT_NUMBER,
  INBOUND_LINES,
  OUTBOUND_LINES,
  SEED_CONTACTS,
  seededRandom,
} from './seed-data.js';
import { FAILED_SEND_ERROR, Texting } from './texting.js';

import type { SandboxDeps } from '../context.js';
import type { Rgb } from './png.js';
import type { ContactRow, ConversationRow } from './serialize.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Line {
  direction: 'inbound' | 'outbound';
  text: string;
  atMs: number;
  failed?: boolean;
  image?: readonly [Rgb, Rgb];
}

function pick(lines: readonly string[], random: () => number): string {
  return lines[Math.floor(random() * lines.length)] ?? '';
}

export function seedTexting(deps: SandboxDeps, options: { companyId: string; ownerEmails: string[] }): void {
  const t = new Texting(deps);
  const now = t.nowMs();
  const random = seededRandom(20201102);
  t.numbers.insert(newId(), options.companyId, DEMO_TEXTING_NUMBER, options.ownerEmails, now - 90 * DAY);

  const contacts = SEED_CONTACTS.map((c, i) => t.contacts.insert(newId(), options.companyId, c, now - (60 - i) * DAY));
  const byNumber = (number: string): ContactRow => {
    const found = contacts.find((c) => c.number === number);
    if (!found) throw new Error(`seed contact ${number} is missing`);
    return found;
  };

  const write = (contact: ContactRow, startedMs: number, lines: readonly Line[]): ConversationRow => {
    const conversation = t.conversations.insert({
      id: newId(),
      company_id: options.companyId,
      from_number: DEMO_TEXTING_NUMBER,
      contact_id: contact.id,
      updated_at: startedMs,
    });
    for (const line of lines) {
      const outbound = line.direction === 'outbound';
      const fileIds = line.image
        ? [
            t.files.insert(
              {
                id: newId(),
                company_id: options.companyId,
                description: null,
                mime: 'image/png',
                bytes: gradientPng(48, line.image[0], line.image[1]),
              },
              line.atMs,
            ).id,
          ]
        : [];
      t.conversations.addMessage({
        id: newId(),
        conversation_id: conversation.id,
        direction: line.direction,
        frm: outbound ? DEMO_TEXTING_NUMBER : contact.number,
        to_number: outbound ? contact.number : DEMO_TEXTING_NUMBER,
        text: line.text,
        success: !line.failed,
        error: line.failed ? FAILED_SEND_ERROR : null,
        client_id: null,
        file_ids: fileIds,
        created_at: line.atMs,
      });
    }
    return conversation;
  };

  // The long thread: 600 messages over about 20 days, directions alternating, a few pictures.
  const longStart = now - 20 * DAY;
  const pictures = new Map<number, readonly [Rgb, Rgb]>([
    [
      120,
      [
        [255, 99, 71],
        [255, 215, 0],
      ],
    ],
    [
      361,
      [
        [30, 144, 255],
        [144, 238, 144],
      ],
    ],
    [
      596,
      [
        [138, 43, 226],
        [255, 182, 193],
      ],
    ],
  ]);
  const longLines: Line[] = Array.from({ length: 600 }, (_, i) => {
    const direction = i % 2 === 0 ? 'outbound' : 'inbound';
    const image = pictures.get(i);
    const text = image
      ? 'Photo of the setup, as promised.'
      : pick(direction === 'outbound' ? OUTBOUND_LINES : INBOUND_LINES, random);
    const atMs = longStart + Math.floor(((i + random() * 0.8) * (20 * DAY - 10 * MINUTE)) / 600);
    return image ? { direction, text, atMs, image } : { direction, text, atMs };
  });
  write(byNumber('6195550142'), longStart - MINUTE, longLines);

  const at = (daysAgo: number, minutes = 0): number => now - daysAgo * DAY + minutes * MINUTE;
  write(byNumber('8123382823'), at(2), [
    { direction: 'outbound', text: 'Hi Matt, your new line is active.', atMs: at(2) },
    { direction: 'inbound', text: 'Great, can you send a picture of the router label?', atMs: at(2, 5) },
    {
      direction: 'outbound',
      text: 'Here it is.',
      atMs: at(2, 7),
      image: [
        [0, 128, 128],
        [240, 248, 255],
      ],
    },
    { direction: 'inbound', text: 'Thanks!', atMs: at(1, 30) },
  ]);
  write(byNumber(FAILING_CONTACT_NUMBER), at(3), [
    { direction: 'outbound', text: 'Testing the carrier path.', atMs: at(3), failed: true },
    { direction: 'outbound', text: 'Second try.', atMs: at(3, 2), failed: true },
    { direction: 'outbound', text: 'Are you there?', atMs: at(1, 60), failed: true },
  ]);
  const optedOut = byNumber('7605550123');
  write(optedOut, at(6), [
    { direction: 'outbound', text: 'Reminder: your appointment is tomorrow at 10am.', atMs: at(6) },
    { direction: 'inbound', text: 'Who is this?', atMs: at(6, 12) },
    { direction: 'outbound', text: 'This is RingPlan Demo Company, about your service visit.', atMs: at(6, 14) },
    { direction: 'inbound', text: 'STOP', atMs: at(5) },
  ]);
  t.contacts.setOptedOut(optedOut.id, true);
  write(byNumber('8585550100'), at(4), [
    { direction: 'inbound', text: 'Did my name break your system? <script>alert(1)</script>', atMs: at(4) },
    { direction: 'outbound', text: 'Not at all, Bobby. Your name shows exactly as typed.', atMs: at(4, 3) },
  ]);
  write(byNumber('8585550187'), at(9), [
    { direction: 'inbound', text: 'What time do you close today?', atMs: at(9) },
    { direction: 'outbound', text: 'We close at 6pm.', atMs: at(9, 4) },
  ]);
  write(byNumber('7605550198'), at(12), [
    { direction: 'outbound', text: 'Hola José, your order has shipped.', atMs: at(12) },
    { direction: 'inbound', text: '¡Gracias! 🎉', atMs: at(12, 40) },
  ]);
  // A conversation started but not yet used: its last_message is null.
  write(byNumber('6195550175'), at(0, -90), []);
}
