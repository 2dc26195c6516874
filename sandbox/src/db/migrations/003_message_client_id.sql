-- A send is identified by the client_id the app gives it: the same client_id again in the same
-- conversation (a Retry after a lost answer) returns the stored message instead of sending twice.
CREATE UNIQUE INDEX messages_conversation_client_id ON messages(conversation_id, client_id) WHERE client_id IS NOT NULL;
