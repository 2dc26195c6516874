import { describe, expect, it } from 'vitest';

import { formatMeetingId, invitationText, PHONE_BRIDGE, plainTextFromMarkup } from '@/lib/meeting-format';

describe('formatMeetingId', () => {
  it('groups a 9-digit ID in threes and ends it with #', () => {
    expect(formatMeetingId('130725076')).toBe('130-725-076#');
  });

  it('leaves other shapes alone', () => {
    expect(formatMeetingId('12345')).toBe('12345');
  });
});

describe('invitationText', () => {
  it('holds the link, the phone bridge and the meeting ID', () => {
    const text = invitationText({
      title: 'Weekly sync',
      link: 'http://localhost:5173/meet/130725076',
      meetingId: '130725076',
    });
    expect(text).toBe(
      [
        'Weekly sync',
        'Meeting link\nhttp://localhost:5173/meet/130725076',
        'Join by phone\n(+1) 858-999-9915',
        'Meeting ID\n130-725-076#',
      ].join('\n\n'),
    );
    expect(PHONE_BRIDGE).toBe('(+1) 858-999-9915');
  });

  it('adds the time, the password and the description when given', () => {
    const text = invitationText({
      title: 'Board',
      link: 'https://x.test/meet/249636791',
      meetingId: '249636791',
      when: 'Dec 1, 2026, 9:30 AM (Europe/Chisinau)',
      password: '1234567',
      description: 'Quarterly <b>numbers</b>',
    });
    expect(text).toContain('When\nDec 1, 2026, 9:30 AM (Europe/Chisinau)');
    expect(text).toContain('Meeting ID\n249-636-791#');
    expect(text).toContain('Password for meet\n1234567');
    // User text is carried as text, markup and all.
    expect(text.endsWith('Description\nQuarterly <b>numbers</b>')).toBe(true);
  });

  it('says so when the password of a private meeting is not known', () => {
    const text = invitationText({ title: 'x', link: 'l', meetingId: '130725076', passwordUnknown: true });
    expect(text).toContain('The organizer sends it separately.');
    expect(text).not.toMatch(/ask the organizer/i);
  });
});

describe('plainTextFromMarkup', () => {
  it('strips the <b> markup of text_for_event and keeps the words', () => {
    const markup =
      '\n<b>Meeting link</b>\\nhttps://meet.dev.ringplan.com/130725076\\n\\n<b>Join by phone</b>\\n(+1) 858-999-9915';
    expect(plainTextFromMarkup(markup)).toBe(
      'Meeting link\nhttps://meet.dev.ringplan.com/130725076\n\nJoin by phone\n(+1) 858-999-9915',
    );
  });

  it('never leaves a tag a browser could run', () => {
    expect(plainTextFromMarkup('<img src=x onerror=alert(1)>hi<script>x</script>')).toBe('hix');
  });
});
