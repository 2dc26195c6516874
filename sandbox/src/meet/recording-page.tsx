// The recording stand-in: which meeting a recording link belongs to. The sandbox records nothing.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from '../http/layout.js';
import { formatMeetingId } from './invitation.js';

export function RecordingPage(props: { meetingId: string; title: string; startedAt: string; timeZone: string }) {
  return (
    <Layout title={`Recording of ${props.title || 'a meeting'}`}>
      <h1>Recording: {props.title || 'RingPlan Meet'}</h1>
      <p>
        Meeting {formatMeetingId(props.meetingId)}, {props.startedAt.replace('T', ' ')} ({props.timeZone}).
      </p>
      <p class="note">Sandbox stand-in of a meeting recording: there is no audio or video here.</p>
    </Layout>
  );
}
