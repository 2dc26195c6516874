// The rows of the picked file as they will be imported, each with what is wrong with it, if anything.
import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';

import { problemText, type CsvContactRow } from '@/lib/csv-contacts';
import { formatNumber } from '@/lib/phone';

/** Enough to check the columns were read right; the rows with problems are always all shown. */
const PREVIEW_ROWS = 200;

export function ImportPreview({ rows }: { rows: readonly CsvContactRow[] }) {
  const problems = rows.filter((row) => row.problem);
  const ready = rows.length - problems.length;
  const shown = [...problems, ...rows.filter((row) => !row.problem).slice(0, PREVIEW_ROWS)].sort(
    (a, b) => a.line - b.line,
  );

  return (
    <Box>
      <Typography role="status" sx={{ mb: 1 }}>
        {rows.length} {rows.length === 1 ? 'row' : 'rows'}: {ready} ready to import
        {problems.length > 0 ? `, ${String(problems.length)} will be skipped` : ''}.
      </Typography>
      {/* Focusable, so the scrolling region can be scrolled from the keyboard. */}
      <TableContainer tabIndex={0} sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label="Rows to import">
          <TableHead>
            <TableRow>
              <TableCell>Line</TableCell>
              <TableCell>First name</TableCell>
              <TableCell>Last name</TableCell>
              <TableCell>Number</TableCell>
              <TableCell>Check</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row) => (
              <TableRow key={row.line}>
                <TableCell>{row.line}</TableCell>
                <TableCell>{row.first_name}</TableCell>
                <TableCell>{row.last_name}</TableCell>
                <TableCell>{row.number ? formatNumber(row.number) : row.rawNumber}</TableCell>
                <TableCell>
                  {row.problem ? (
                    <Typography variant="body2" sx={{ color: 'error.main' }}>
                      {problemText(row.problem)}
                    </Typography>
                  ) : (
                    <Chip size="small" color="success" variant="outlined" label="Ready" />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {ready > PREVIEW_ROWS && (
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
          Showing the first {PREVIEW_ROWS} ready rows; all {ready} will be imported.
        </Typography>
      )}
    </Box>
  );
}
