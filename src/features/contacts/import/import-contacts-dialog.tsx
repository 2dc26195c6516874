// CSV import: pick a file, check the rows, import the valid ones with progress, then a summary.
import UploadIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';

import { ImportPreview } from '@/features/contacts/import/import-preview';
import { ImportSummary } from '@/features/contacts/import/import-summary';
import { readCsvFile } from '@/features/contacts/import/read-csv-file';
import { useContactImport } from '@/features/contacts/import/use-contact-import';
import type { CsvContactRow } from '@/lib/csv-contacts';

const NO_ROWS: readonly CsvContactRow[] = [];

export function ImportContactsDialog({ onClose }: { onClose: () => void }) {
  const inputId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [rows, setRows] = useState<readonly CsvContactRow[]>(NO_ROWS);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [started, setStarted] = useState(false);
  const importer = useContactImport(rows);
  const { summary, running, sent } = importer;
  const ready = rows.filter((row) => !row.problem).length;
  const toRetry = summary.failed.length + summary.pending;

  async function pick(file: File | undefined) {
    if (!file) return;
    setReading(true);
    setFileError(null);
    try {
      const result = await readCsvFile(file);
      if (result.ok) {
        setFileName(file.name);
        setRows(result.rows);
      } else {
        setFileError(result.error);
      }
    } catch (error) {
      setFileError(
        error instanceof Error ? `The file could not be read: ${error.message}` : 'The file could not be read.',
      );
    } finally {
      setReading(false);
    }
  }

  function start() {
    setStarted(true);
    void importer.run();
  }

  const filePicker = (
    <Button
      component="label"
      htmlFor={inputId}
      variant={rows.length ? 'text' : 'contained'}
      startIcon={<UploadIcon />}
      loading={reading}
    >
      {rows.length ? 'Choose another file' : 'Choose a CSV file'}
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        hidden
        onChange={(event) => {
          void pick(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
    </Button>
  );

  return (
    <Dialog open onClose={running ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="import-title">
      <DialogTitle id="import-title">Import contacts{fileName ? ` from ${fileName}` : ''}</DialogTitle>
      <DialogContent>
        {!started && (
          <>
            <DialogContentText sx={{ mb: 2 }}>
              A CSV file with a header row naming the columns first_name, last_name and number (&quot;First Name&quot;,
              &quot;Phone&quot; and similar work too). Numbers already in your contacts are skipped.
            </DialogContentText>
            {fileError && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {fileError}
              </Alert>
            )}
            {rows.length > 0 ? <ImportPreview rows={rows} /> : filePicker}
          </>
        )}
        {started && running && (
          <Box>
            <Typography id="import-progress-label" role="status" sx={{ mb: 1 }}>
              Importing… {sent.done} of {sent.of}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={sent.of ? (sent.done / sent.of) * 100 : 0}
              aria-labelledby="import-progress-label"
            />
          </Box>
        )}
        {started && !running && <ImportSummary summary={summary} />}
      </DialogContent>
      <DialogActions>
        {!started && rows.length > 0 && filePicker}
        {!started && (
          <>
            <Button onClick={onClose}>Cancel</Button>
            {rows.length > 0 && (
              <Button variant="contained" onClick={start} disabled={ready === 0}>
                Import {ready} {ready === 1 ? 'contact' : 'contacts'}
              </Button>
            )}
          </>
        )}
        {started && !running && (
          <>
            {toRetry > 0 && <Button onClick={() => void importer.run()}>Retry {toRetry} failed</Button>}
            <Button variant="contained" onClick={onClose}>
              Done
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
