// A column header that says what sorting does here: the API has no sort order, so sorting orders the
// page on screen only. `describeChild` keeps the visible label as the header's name.
import { Tooltip } from '@mui/material';

const PAGE_SORT_NOTE = 'Sorting orders the contacts on this page only; the server keeps its own order across pages.';

export function SortNoteHeader({ label }: { label: string }) {
  return (
    <Tooltip title={PAGE_SORT_NOTE} describeChild>
      <span>{label}</span>
    </Tooltip>
  );
}
