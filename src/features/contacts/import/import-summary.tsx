// What an import did: imported, skipped (with why) and failed (with why, to send again).
import { Alert, Box, List, ListItem, ListItemText, Typography } from '@mui/material';

import type { ImportSummary as Summary } from '@/lib/csv-contacts';

function Reasons({ title, items }: { title: string; items: Summary['skipped'] }) {
  if (items.length === 0) return null;
  return (
    <Box component="section" aria-label={title} sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      <List dense disablePadding tabIndex={0} aria-label={title} sx={{ maxHeight: 200, overflow: 'auto' }}>
        {items.map(({ line, reason }) => (
          <ListItem key={line} disableGutters>
            <ListItemText primary={`Line ${String(line)}: ${reason}`} />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

export function ImportSummary({ summary }: { summary: Summary }) {
  const { imported, skipped, failed, pending } = summary;
  return (
    <Box>
      <Alert severity={failed.length > 0 || pending > 0 ? 'warning' : 'success'} role="status">
        Imported {imported}, skipped {skipped.length}, failed {failed.length}
        {pending > 0 ? `, not sent yet ${String(pending)}` : ''}.
      </Alert>
      <Reasons title={`Failed (${String(failed.length)})`} items={failed} />
      <Reasons title={`Skipped (${String(skipped.length)})`} items={skipped} />
    </Box>
  );
}
