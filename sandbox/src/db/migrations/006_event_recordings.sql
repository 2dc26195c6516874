-- A past meeting may have a recording, served at /meet-room/recordings/<recording_id>. The id is
-- random and unguessable: the link is the capability, as a recording service's share links are.
ALTER TABLE events ADD COLUMN recording_id TEXT;
CREATE UNIQUE INDEX events_recording_id ON events(recording_id) WHERE recording_id IS NOT NULL;
