// How meetings are written out for people: the meeting ID as the phone bridge asks for it, the bridge
// number, and the invitation text a user copies or sends.

/** The phone bridge every meeting can be joined through. */
export const PHONE_BRIDGE = '(+1) 858-999-9915';

/** "130725076" → "130-725-076#", as the phone bridge asks for it. Other shapes are returned as given. */
export function formatMeetingId(meetingId: string): string {
  const digits = meetingId.replace(/\D/g, '');
  if (digits.length !== 9) return meetingId;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}#`;
}

/**
 * Text the API marks up with `<b>` (text_for_event) as plain text: tags removed, the literal `\n` the
 * guide's answers carry turned into line breaks. Never rendered as HTML.
 */
export function plainTextFromMarkup(markup: string): string {
  return markup
    .replace(/\\n/g, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface InvitationInput {
  title: string;
  link: string;
  meetingId: string;
  /** "Dec 1, 2026, 9:30 AM (Europe/Chisinau)", when the meeting has a time worth saying. */
  when?: string;
  /** The participants' password of a private meeting, when known. */
  password?: string;
  /** True for a private meeting whose password this app does not know. */
  passwordUnknown?: boolean;
  description?: string;
}

/** The invitation a user copies: link, phone bridge, meeting ID, password (when known), description. */
export function invitationText(input: InvitationInput): string {
  const sections: string[] = [input.title.trim() || 'RingPlan Meet'];
  if (input.when) sections.push(`When\n${input.when}`);
  sections.push(`Meeting link\n${input.link}`);
  sections.push(`Join by phone\n${PHONE_BRIDGE}`);
  sections.push(`Meeting ID\n${formatMeetingId(input.meetingId)}`);
  if (input.password) sections.push(`Password for meet\n${input.password}`);
  // Read by the guests and by the organizer who copies it: it tells neither to ask the organizer.
  else if (input.passwordUnknown) sections.push('Password for meet\nThe organizer sends it separately.');
  const description = input.description?.trim();
  if (description) sections.push(`Description\n${description}`);
  return sections.join('\n\n');
}
