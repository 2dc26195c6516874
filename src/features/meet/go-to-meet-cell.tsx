// MEETING LINK opens the meeting's page in a new tab; COPY LINK puts the link on the clipboard.
import { Box, Button } from '@mui/material';
import { copyText } from '@/features/meet/clipboard';
import { safeHttpUrl } from '@/lib/safe-url';

export function GoToMeetCell({ link, title, row = false }: { link: string; title: string; row?: boolean }) {
  const href = safeHttpUrl(link);
  return (
    <Box sx={{ display: 'flex', flexDirection: row ? 'row' : 'column', alignItems: 'flex-start', py: 0.5 }}>
      {href && (
        <Button size="small" href={href} target="_blank" rel="noopener noreferrer" aria-label={`Meeting link: ${title} (opens in a new tab)`}>
          Meeting link
        </Button>
      )}
      <Button size="small" onClick={() => void copyText(link, 'Link')} aria-label={`Copy link: ${title}`}>
        Copy link
      </Button>
    </Box>
  );
}
