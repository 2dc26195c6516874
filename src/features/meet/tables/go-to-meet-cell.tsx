// MEETING LINK opens the meeting's page in a new tab; COPY LINK puts the link on the clipboard. The
// table shows them as two icons side by side (its width is short on a laptop), each with the same
// accessible name and a hint from the table's HintArea; the cards keep the words.
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import VideoCallIcon from '@mui/icons-material/VideoCall';
import { Box, Button, IconButton } from '@mui/material';

import { copyText } from '@/components/clipboard';
import { safeHttpUrl } from '@/lib/safe-url';

interface Props {
  link: string;
  title: string;
  /** Side by side (the cards) rather than one above the other. */
  row?: boolean;
  /** Icon buttons (the table). */
  compact?: boolean;
}

export function GoToMeetCell({ link, title, row = false, compact = false }: Props) {
  const href = safeHttpUrl(link);
  const openName = `Meeting link: ${title} (opens in a new tab)`;
  const copyName = `Copy link: ${title}`;
  if (compact) {
    return (
      <Box sx={{ display: 'flex', gap: 0.5 }}>
        {href && (
          <IconButton
            size="small"
            color="primary"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={openName}
            data-hint="Meeting link"
          >
            <VideoCallIcon fontSize="small" />
          </IconButton>
        )}
        <IconButton
          size="small"
          color="primary"
          onClick={() => void copyText(link, 'Link')}
          aria-label={copyName}
          data-hint="Copy link"
        >
          <ContentCopyIcon fontSize="small" />
        </IconButton>
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: row ? 'row' : 'column', alignItems: 'flex-start', py: 0.5 }}>
      {href && (
        <Button size="small" href={href} target="_blank" rel="noopener noreferrer" aria-label={openName}>
          Meeting link
        </Button>
      )}
      <Button size="small" onClick={() => void copyText(link, 'Link')} aria-label={copyName}>
        Copy link
      </Button>
    </Box>
  );
}
