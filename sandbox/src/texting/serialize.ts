// Database rows of the texting tables and the API shapes they are answered as.

export interface ContactRow {
  id: string;
  company_id: string;
  first_name: string;
  last_name: string;
  number: string;
  opted_out: number;
}

export interface ContactJson {
  company_id: string;
  first_name: string;
  id: string;
  last_name: string;
  number: string;
  opted_out: boolean;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  direction: 'inbound' | 'outbound';
  frm: string;
  to_number: string;
  text: string;
  success: number;
  error: string | null;
  client_id: string | null;
  has_files: number;
  created_at: number;
}

export interface FileRow {
  id: string;
  company_id: string;
  description: string | null;
  capability: string;
}

export interface TextingFileJson {
  id: string;
  company_id: string;
  description: string | null;
}

export interface MessageJson {
  conversation_id: string;
  created_at: string;
  direction: 'inbound' | 'outbound';
  files: TextingFileJson[];
  frm: string;
  id: string;
  media_urls: string[];
  success: boolean;
  text: string;
  to: string;
  client_id: string | null;
  error: string | null;
}

export interface ConversationRow {
  id: string;
  company_id: string;
  from_number: string;
  contact_id: string;
  last_message_id: string | null;
  message_count: number;
  updated_at: number;
}

export interface ConversationJson {
  id: string;
  company_id: string;
  contact_id: string;
  from_number: string;
  contact: ContactJson;
  last_message: MessageJson | null;
  updated_at: string;
}

/** The guide's server timestamps: UTC, no offset, six fraction digits ("2020-11-02T18:41:03.447000"). */
export function serverTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000');
}

export function contactJson(row: ContactRow): ContactJson {
  return {
    company_id: row.company_id,
    first_name: row.first_name,
    id: row.id,
    last_name: row.last_name,
    number: row.number,
    opted_out: row.opted_out === 1,
  };
}

export function fileJson(row: FileRow): TextingFileJson {
  return { id: row.id, company_id: row.company_id, description: row.description };
}

/** The public capability URL of a file's bytes: what an <img> loads, no token involved. */
export function mediaUrl(publicUrl: string, file: FileRow): string {
  return `${publicUrl}/ssp/texting/files/${file.id}/content?key=${file.capability}`;
}

export function messageJson(row: MessageRow, files: FileRow[], publicUrl: string): MessageJson {
  return {
    conversation_id: row.conversation_id,
    created_at: serverTimestamp(row.created_at),
    direction: row.direction,
    files: files.map(fileJson),
    frm: row.frm,
    id: row.id,
    media_urls: files.map((f) => mediaUrl(publicUrl, f)),
    success: row.success === 1,
    text: row.text,
    to: row.to_number,
    client_id: row.client_id,
    error: row.error,
  };
}
