// The pager under a paged list (a table, or the cards that stand for it on a phone). Its code is MUI's
// TablePagination, which brings its rows-per-page menu (select, menu, popover, modal) and its buttons'
// tooltips (with the popup positioning): a tenth of a table page's first download. It downloads once the
// user first acts on the page after its first paint (or a few seconds after it), not before; until it is
// here, an empty bar of the pager's height holds its place (below a page of rows, out of sight).
import { Box } from '@mui/material';
import { Suspense, useEffect, useState } from 'react';

import { firstInteraction } from '@/components/first-interaction';
import type { PagePaginationProps } from '@/components/page-pagination-view';
import { preloadableLazy } from '@/components/preloadable-lazy';

const View = preloadableLazy(async () => (await import('@/components/page-pagination-view')).PagePaginationView);

let wanted = false;
// Offline, the placeholder stays until the code can load (the page's own error says what failed).
void firstInteraction
  .then(() => {
    wanted = true;
    return View.preload();
  })
  .catch(() => undefined);

/** The height of TablePagination's toolbar. */
const PAGER_HEIGHT = 52;

export function PagePagination(props: PagePaginationProps) {
  const [ready, setReady] = useState(wanted);
  useEffect(() => {
    if (ready) return;
    let mounted = true;
    void firstInteraction.then(() => {
      if (mounted) setReady(true);
    });
    return () => {
      mounted = false;
    };
  }, [ready]);
  const placeholder = (
    <Box sx={props.sx}>
      <Box sx={{ minHeight: PAGER_HEIGHT }} />
    </Box>
  );
  if (!ready) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <View {...props} />
    </Suspense>
  );
}
