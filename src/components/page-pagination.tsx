// The pager under a paged list (a table, or the cards that stand for it on a phone). Its code is MUI's
// TablePagination, which brings its rows-per-page menu (select, menu, popover, modal) and its buttons'
// tooltips (with the popup positioning): a tenth of a table page's first download. It downloads once the
// first screen has painted, not before it; until it is here, an empty bar of the pager's height holds
// its place (the pager waits for the first page of rows anyway).
import { Box } from '@mui/material';
import { Suspense, useEffect, useState } from 'react';

import { firstPaint } from '@/components/first-paint';
import type { PagePaginationProps } from '@/components/page-pagination-view';
import { preloadableLazy } from '@/components/preloadable-lazy';

const View = preloadableLazy(async () => (await import('@/components/page-pagination-view')).PagePaginationView);

let painted = false;
// Offline, the placeholder stays until the code can load (the page's own error says what failed).
void firstPaint
  .then(() => {
    painted = true;
    return View.preload();
  })
  .catch(() => undefined);

/** The height of TablePagination's toolbar. */
const PAGER_HEIGHT = 52;

export function PagePagination(props: PagePaginationProps) {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    let mounted = true;
    void firstPaint.then(() => {
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
