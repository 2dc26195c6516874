// The pager under a paged list (a table, or the cards that stand for it on a phone). Its code is MUI's
// TablePagination, which brings its rows-per-page menu (select, menu, popover, modal) and its buttons'
// tooltips (with the popup positioning): a tenth of a table page's first download. It downloads once the
// user first acts on the page after its first paint (or a few seconds after it), not before; until it is
// here, an empty bar of the pager's height holds its place (below a page of rows, out of sight).
import { Box } from '@mui/material';

import { afterFirstAct } from '@/components/after-first-act';
import type { PagePaginationProps } from '@/components/page-pagination-view';
import { preloadableLazy } from '@/components/preloadable-lazy';

const View = preloadableLazy(async () => (await import('@/components/page-pagination-view')).PagePaginationView);

// Offline, or with the download cut off, the placeholder stays until the code can load.
const usePagerHere = afterFirstAct(View);

/** The height of TablePagination's toolbar. */
const PAGER_HEIGHT = 52;

export function PagePagination(props: PagePaginationProps) {
  if (!usePagerHere()) {
    return (
      <Box sx={props.sx}>
        <Box sx={{ minHeight: PAGER_HEIGHT }} />
      </Box>
    );
  }
  // The code is here: this renders at once.
  return <View {...props} />;
}
