// The keyboard shortcuts, opened with `?` anywhere in the signed-in app (see AppLayout).
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Fragment } from 'react';

interface Shortcut {
  /** Each entry a way to press it; each way a list of keys pressed together. */
  keys: readonly (readonly string[])[];
  does: string;
}

const SHORTCUTS: readonly { area: string; shortcuts: readonly Shortcut[] }[] = [
  {
    area: 'Anywhere',
    shortcuts: [
      { keys: [['/']], does: 'Search (conversations, contacts)' },
      { keys: [['?']], does: 'Show these shortcuts' },
    ],
  },
  {
    area: 'Texting',
    shortcuts: [
      { keys: [['Alt', '↓']], does: 'Next conversation' },
      { keys: [['Alt', '↑']], does: 'Previous conversation' },
      { keys: [['Enter'], ['Ctrl', 'Enter']], does: 'Send the message' },
      { keys: [['Shift', 'Enter']], does: 'New line in the message' },
      { keys: [['Esc']], does: 'Back to the conversations (phones)' },
    ],
  },
];

interface Props {
  open: boolean;
  onClose: () => void;
}

export function ShortcutsDialog({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title" fullWidth maxWidth="xs">
      <DialogTitle id="shortcuts-title">Keyboard shortcuts</DialogTitle>
      <DialogContent>
        {SHORTCUTS.map(({ area, shortcuts }) => (
          <Box component="section" key={area} aria-labelledby={`shortcuts-${area}`} sx={{ mb: 2 }}>
            <Typography id={`shortcuts-${area}`} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              {area}
            </Typography>
            <Box
              component="dl"
              // One key column width in every section, so the descriptions line up.
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '8.5rem minmax(0, 1fr)', sm: '11rem minmax(0, 1fr)' },
                columnGap: 2,
                rowGap: 1,
                m: 0,
              }}
            >
              {shortcuts.map(({ keys, does }) => (
                <Fragment key={does}>
                  <Box component="dt" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}>
                    {keys.map((combo, i) => (
                      <Fragment key={combo.join('+')}>
                        {i > 0 && ' or '}
                        <Keys combo={combo} />
                      </Fragment>
                    ))}
                  </Box>
                  <Box component="dd" sx={{ m: 0, alignSelf: 'center' }}>
                    {does}
                  </Box>
                </Fragment>
              ))}
            </Box>
          </Box>
        ))}
        <Typography variant="body2" color="text.secondary">
          In a field, / and ? are typed as text; Alt + ↑ and Alt + ↓ still work. On a Mac, Alt is Option.
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function Keys({ combo }: { combo: readonly string[] }) {
  return (
    <Box component="kbd" sx={{ display: 'inline-flex', gap: 0.5 }}>
      {combo.map((key) => (
        <Box
          component="kbd"
          key={key}
          sx={(theme) => ({
            minWidth: 28,
            px: 0.75,
            py: 0.25,
            textAlign: 'center',
            fontFamily: theme.typography.fontFamily,
            fontSize: theme.typography.body2.fontSize,
            border: 1,
            borderColor: 'divider',
            borderBottomWidth: 2,
            borderRadius: 1,
            bgcolor: 'action.hover',
          })}
        >
          {key}
        </Box>
      ))}
    </Box>
  );
}
