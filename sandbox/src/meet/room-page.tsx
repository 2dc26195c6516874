// The meeting room stand-in: who joined which meeting, in which role.
/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from '../http/layout.js';
import { formatMeetingId } from './invitation.js';

export function RoomPage(props: { meetingId: string; title: string; moderator: boolean; name?: string }) {
  const role = props.moderator ? 'moderator' : 'guest';
  return (
    <Layout title={`Meeting ${formatMeetingId(props.meetingId)}`}>
      <h1>{props.title || 'RingPlan Meet'}</h1>
      <p role="status">
        You joined meeting {formatMeetingId(props.meetingId)} as {role}
        {props.name ? ` (${props.name})` : ''}.
      </p>
      <p class="note">Sandbox stand-in of the meeting room: no audio or video here.</p>
    </Layout>
  );
}
