// Thumbnails of the images picked for the next message, each with a remove button.
import CloseIcon from '@mui/icons-material/Close';
import { Box, IconButton } from '@mui/material';

// One object URL per picked File for as long as the File lives (a WeakMap lets both go together).
const previews = new WeakMap<File, string>();
function previewUrl(file: File): string {
  let url = previews.get(file);
  if (url === undefined) {
    url = URL.createObjectURL(file);
    previews.set(file, url);
  }
  return url;
}

interface Props {
  files: File[];
  onRemove: (index: number) => void;
}

export function AttachmentPreviews({ files, onRemove }: Props) {
  const urls = files.map(previewUrl);

  if (files.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label="Images to send"
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0, mb: 1 }}
    >
      {files.map((file, i) => (
        <Box component="li" key={`${file.name}-${String(i)}`} sx={{ position: 'relative', width: 64, height: 64 }}>
          {urls[i] && (
            <img
              src={urls[i]}
              alt={file.name}
              width={64}
              height={64}
              style={{ objectFit: 'cover', borderRadius: 8, display: 'block' }}
            />
          )}
          <IconButton
            size="small"
            aria-label={`Remove ${file.name}`}
            onClick={() => onRemove(i)}
            sx={{
              position: 'absolute',
              top: -8,
              right: -8,
              bgcolor: 'background.paper',
              boxShadow: 1,
              '&:hover': { bgcolor: 'background.paper' },
            }}
          >
            <CloseIcon fontSize="inherit" />
          </IconButton>
        </Box>
      ))}
    </Box>
  );
}
