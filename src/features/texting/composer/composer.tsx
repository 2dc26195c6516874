// The message composer: the draft (persisted per conversation), images to attach, the segment counter
// and Send. Enter sends, Shift+Enter adds a line; neither while an input method is composing.
import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, IconButton } from '@mui/material';
import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';

import { useSessionEmail } from '@/api/session-store';
import { OutlinedField } from '@/components/outlined-field';
import { AttachmentPreviews } from '@/features/texting/composer/attachment-previews';
import {
  ACCEPTED_IMAGE_TYPES,
  checkImage,
  MAX_FILES,
  useComposerFiles,
  useComposerFilesActions,
} from '@/features/texting/composer/composer-files-store';
import { useDraft, useDraftActions } from '@/features/texting/composer/drafts-store';
import { SegmentCounter } from '@/features/texting/composer/segment-counter';
import { useSendMessage } from '@/features/texting/outbox/use-send-message';
import { countSegments, MAX_SEGMENTS } from '@/lib/sms-segments';

export const OPTED_OUT_EXPLANATION =
  'This contact replied STOP and has opted out of texts. They must text START to receive messages again.';

interface Props {
  conversationId: string;
  optedOut: boolean;
}

/** Memoized: the thread's updates do not render the composer again (its autosizing measures the page). */
export const Composer = memo(function Composer({ conversationId, optedOut }: Props) {
  const owner = useSessionEmail();
  const draft = useDraft(owner, conversationId);
  const { draftChanged, draftSent } = useDraftActions();
  const files = useComposerFiles(conversationId);
  const { filesPicked, fileRemoved, filesSent } = useComposerFilesActions();
  const { send } = useSendMessage(conversationId);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [sendError, setSendError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const counterId = useId();
  const messageField = useRef<HTMLTextAreaElement>(null);
  // Opened from the keyboard (Alt+↓/↑): the message box takes the focus, as in chat apps. A click or a
  // link leaves the focus be, so a phone's keyboard does not cover the thread.
  const focusOnOpen = (useLocation().state as { focusComposer?: boolean } | null)?.focusComposer === true;
  useEffect(() => {
    if (focusOnOpen) messageField.current?.focus();
  }, [focusOnOpen]);

  const text = draft.trim();
  const count = countSegments(text);
  const tooLong = count.segments > MAX_SEGMENTS;
  const canSend = !optedOut && !tooLong && (text !== '' || files.length > 0);

  const submit = async () => {
    if (!canSend) return;
    const picked = files;
    draftSent(owner, conversationId);
    filesSent(conversationId);
    setSendError(null);
    setFileErrors([]);
    const result = await send(text, picked);
    // Refusals (409 opted out, 422, 403) are explained here; transient failures wait in the thread with
    // Retry, and those sent offline wait there for the network.
    if (!result.ok && result.failure !== 'transient' && result.failure !== 'offline') setSendError(result.error);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    // keyCode 229: some browsers report the IME's Enter this way instead of isComposing.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Safari ends a composition with keyCode 229 and isComposing false
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    void submit();
  };

  const onPick = (list: FileList | null) => {
    const picked = Array.from(list ?? []);
    const errors = picked.map(checkImage).filter((e): e is string => e !== null);
    let accepted = picked.filter((f) => checkImage(f) === null);
    const room = MAX_FILES - files.length;
    if (accepted.length > room) {
      errors.push(
        `A message can carry at most ${String(MAX_FILES)} images; ${String(accepted.length - room)} were left out.`,
      );
      accepted = accepted.slice(0, Math.max(room, 0));
    }
    setFileErrors(errors);
    if (accepted.length > 0) filesPicked(conversationId, accepted);
    if (fileInput.current) fileInput.current.value = '';
  };

  if (optedOut) {
    return (
      <Box sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
        {sendError && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {sendError}
          </Alert>
        )}
        <Alert severity="info">{OPTED_OUT_EXPLANATION}</Alert>
        <OutlinedField label="Message" disabled multiline minRows={1} value={draft} sx={{ mt: 1 }} />
      </Box>
    );
  }

  return (
    <Box
      component="section"
      aria-label="Compose"
      sx={{ px: { xs: 1, sm: 2 }, pt: 1, pb: 1.5, borderTop: 1, borderColor: 'divider' }}
    >
      {sendError && (
        <Alert severity="error" onClose={() => setSendError(null)} sx={{ mb: 1 }}>
          {sendError}
        </Alert>
      )}
      {fileErrors.length > 0 && (
        <Alert severity="warning" onClose={() => setFileErrors([])} sx={{ mb: 1 }}>
          {fileErrors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </Alert>
      )}
      <AttachmentPreviews files={files} onRemove={(i) => fileRemoved(conversationId, i)} />
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        {/* A native title rather than a Tooltip: the popper behind Tooltip would be the inbox's only
            use of it, about 11 KB gz of its first load. A file it refuses says why where it is picked. */}
        <IconButton
          aria-label="Attach images"
          title="Attach images (JPEG, PNG, GIF, WebP; up to 5 MB each)"
          onClick={() => fileInput.current?.click()}
          sx={{ mt: 1 }}
        >
          <AddPhotoAlternateIcon />
        </IconButton>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPTED_IMAGE_TYPES.join(',')}
          multiple
          hidden
          aria-label="Image files"
          onChange={(e) => onPick(e.target.files)}
        />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <OutlinedField
            label="Message"
            multiline
            minRows={1}
            maxRows={6}
            size="small"
            value={draft}
            onChange={(e) => draftChanged(owner, conversationId, e.target.value)}
            onKeyDown={onKeyDown}
            inputRef={messageField}
            inputProps={{ 'aria-describedby': counterId }}
          />
          <SegmentCounter id={counterId} count={count} />
        </Box>
        <IconButton color="primary" aria-label="Send" disabled={!canSend} onClick={() => void submit()} sx={{ mt: 1 }}>
          <SendIcon />
        </IconButton>
      </Box>
    </Box>
  );
});
