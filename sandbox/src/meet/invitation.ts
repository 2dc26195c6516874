// The invitation text of a meeting (text_for_event), as the guide's answers show it.

export const PHONE_BRIDGE = '(+1) 858-999-9915';

/** `130725076` → `130-725-076` */
export function formatMeetingId(id: string): string {
  return `${id.slice(0, 3)}-${id.slice(3, 6)}-${id.slice(6)}`;
}

export function invitationText(input: {
  link: string;
  meetingId: string;
  description: string;
  password?: string;
}): string {
  const parts = [
    `\n<b>Meeting link</b>\n${input.link}`,
    `<b>Join by phone</b>\n${PHONE_BRIDGE}`,
    `<b>Meeting ID</b>\n${formatMeetingId(input.meetingId)}#`,
  ];
  if (input.password !== undefined) parts.push(`<b>Password for meet</b>\n${input.password}`);
  parts.push(`<b>Description</b>\n${input.description}`);
  return parts.join('\n\n');
}
