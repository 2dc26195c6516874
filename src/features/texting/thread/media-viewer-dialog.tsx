// An MMS image at full size. Loaded lazily: most visits never open it.
import CloseIcon from '@mui/icons-material/Close';
import { Box, Dialog, DialogContent, DialogTitle, IconButton, Link } from '@mui/material';

import { safeHttpUrl } from '@/lib/safe-url';

interface Props {
  image: { url: string; alt: string } | null;
  onClose: () => void;
}

export default function MediaViewerDialog({ image, onClose }: Props) {
  // A media URL from the API goes into href only when it is http(s), as Meet links do.
  const href = safeHttpUrl(image?.url);
  return (
    <Dialog open={image !== null} onClose={onClose} maxWidth="lg" aria-labelledby="media-viewer-title">
      <DialogTitle id="media-viewer-title" sx={{ pr: 7 }}>
        {image?.alt ?? 'Image'}
        <IconButton aria-label="Close" onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent>
        {image && (
          <>
            <Box
              component="img"
              src={image.url}
              alt={image.alt}
              sx={{
                display: 'block',
                maxWidth: '100%',
                maxHeight: '75vh',
                mx: 'auto',
                objectFit: 'contain',
                imageRendering: 'auto',
              }}
            />
            {href && (
              <Box sx={{ mt: 1, textAlign: 'center' }}>
                <Link href={href} target="_blank" rel="noopener noreferrer">
                  Open the original in a new tab
                </Link>
              </Box>
            )}
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
