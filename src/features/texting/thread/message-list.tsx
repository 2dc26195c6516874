// The thread's scrolling list, virtualized (only the rows near the viewport are in the DOM). It starts
// at the bottom, stays there as messages arrive while the user is at the bottom (otherwise offers a
// "New messages" button), and keeps the view still when older rows are inserted above.
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import { Box, Button, Chip, CircularProgress, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

import type { ThreadItem } from '@/features/texting/outbox/thread-items';
import { withDayRows, type DayRow } from '@/lib/day-groups';

interface Props {
  items: ThreadItem[];
  hasOlder: boolean;
  loadingOlder: boolean;
  olderError: boolean;
  onLoadOlder: () => void;
  onRetryOlder: () => void;
  renderItem: (item: ThreadItem) => ReactNode;
  /** Told when the newest message comes on screen (the list reaches the bottom) or leaves it. */
  onAtBottomChange?: (atBottom: boolean) => void;
}

/**
 * A message row renders again only when its message or the way messages render changes, not each
 * time the virtualizer measures or moves rows. (Thread items are rebuilt when the thread changes;
 * the messages inside keep their identity while unchanged.)
 */
const ItemRow = memo(
  function ItemRow({ item, renderItem }: { item: ThreadItem; renderItem: (item: ThreadItem) => ReactNode }) {
    return renderItem(item);
  },
  // Earlier attempts are refused messages, which never change: their count is all that can.
  (a, b) =>
    a.renderItem === b.renderItem &&
    a.item.message === b.item.message &&
    a.item.earlier.length === b.item.earlier.length,
);

/** The wrappers the virtualizer positions: plain elements with inline styles, cheap to re-render. */
const sizerStyle = { position: 'relative' } as const;
const rowStyle = { position: 'absolute', top: 0, left: 0, width: '100%' } as const;

/** Estimated heights until a row is measured: a one-line message, and a day label (as measured). */
const MESSAGE_ROW_PX = 76;
const LABEL_ROW_PX = 66;
/**
 * The line above the first row (loading, could not load, start of the conversation). It is not a
 * row: the virtualizer keeps the row on screen still when older rows arrive, and a line that is
 * always first would be that row at the very top, pinning the view there.
 */
const TOP_PX = 48;
const NEAR_TOP_PX = 600;
const AT_BOTTOM_PX = 48;

/**
 * Memoized: the thread pane renders again for what only it shows (the seen position, the contact's
 * name), and the list then keeps its rows and measurements as they are.
 */
export const MessageList = memo(function MessageList({
  items,
  hasOlder,
  loadingOlder,
  olderError,
  onLoadOlder,
  onRetryOlder,
  renderItem,
  onAtBottomChange,
}: Props) {
  const rows = useMemo<DayRow<ThreadItem>[]>(
    () =>
      withDayRows(
        items,
        (i) => i.time,
        (i) => i.key,
      ),
    [items],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's methods read live scroll state: it renders this component again itself when the
  // scroll position or a measured size changes.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'item' ? MESSAGE_ROW_PX : LABEL_ROW_PX),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
    paddingStart: TOP_PX,
    // The first render already holds the rows at the bottom, where the thread opens, sized for a
    // full-height viewport; the real size and offset only trim it once the list is on screen.
    initialRect: { width: 0, height: window.innerHeight },
    initialOffset: () => Math.max(0, TOP_PX + rows.length * MESSAGE_ROW_PX - window.innerHeight),
    // Scrolling re-renders the rows with React's batching, not synchronously inside each scroll and
    // resize event: opening a thread then settles in one render instead of a chain of forced ones.
    useFlushSync: false,
    // A chat: when older rows are prepended, the row on screen stays where it was (found again by
    // key, with the sizes measured since). Following new rows at the bottom is the effect below, which
    // also follows a message the user sends from further up.
    anchorTo: 'end',
    scrollEndThreshold: AT_BOTTOM_PX,
  });
  const stick = useRef(true);
  const [unseen, setUnseen] = useState(false);
  const lastRow = rows.at(-1);
  const lastKey = lastRow?.key;
  const previousLastKey = useRef(lastKey);
  const totalSize = virtualizer.getTotalSize();

  // New rows at the bottom: follow them when the user was at the bottom (or sent one), else say so.
  useLayoutEffect(() => {
    if (lastKey === previousLastKey.current) return;
    previousLastKey.current = lastKey;
    if (lastRow?.kind === 'item' && lastRow.item.kind === 'outgoing') stick.current = true;
    if (!stick.current) setUnseen(true);
  }, [lastKey, lastRow]);

  // Opens at the newest message and stays there while at the bottom, as rows are measured or added.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [totalSize, lastKey]);

  // A short thread does not scroll, so no scroll event would ask for older messages.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (
      el &&
      hasOlder &&
      !loadingOlder &&
      !olderError &&
      el.scrollHeight <= el.clientHeight + NEAR_TOP_PX &&
      el.scrollTop < NEAR_TOP_PX
    ) {
      onLoadOlder();
    }
  }, [hasOlder, loadingOlder, olderError, onLoadOlder, totalSize]);

  const reported = useRef(true);
  const report = (atBottom: boolean) => {
    if (atBottom === reported.current) return;
    reported.current = atBottom;
    onAtBottomChange?.(atBottom);
  };

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < AT_BOTTOM_PX;
    report(atBottom);
    stick.current = atBottom;
    if (atBottom) setUnseen(false);
    if (el.scrollTop < NEAR_TOP_PX && hasOlder && !loadingOlder && !olderError) onLoadOlder();
  };

  const toBottom = () => {
    const el = scrollRef.current;
    report(true);
    stick.current = true;
    setUnseen(false);
    if (el) el.scrollTop = el.scrollHeight;
  };

  const renderTop = () => {
    if (olderError) {
      return (
        <>
          <Typography variant="caption" color="error" noWrap>
            Older messages could not be loaded.
          </Typography>
          <Button size="small" onClick={onRetryOlder}>
            Retry
          </Button>
        </>
      );
    }
    // Marked as loading more of a thread already shown: not a page still loading (src/app/start-snapshot.ts).
    if (hasOlder || loadingOlder) {
      return <CircularProgress size={20} aria-label="Loading older messages" data-loads-more="" />;
    }
    return (
      <Typography variant="caption" color="text.secondary">
        Start of the conversation
      </Typography>
    );
  };

  return (
    <Box sx={{ position: 'relative', flex: 1, minHeight: 0 }}>
      <Box
        ref={scrollRef}
        onScroll={onScroll}
        role="region"
        aria-label="Messages"
        // Keyboard users scroll the thread with the arrow keys once it has focus.
        tabIndex={0}
        sx={{
          height: '100%',
          overflowY: 'auto',
          overflowAnchor: 'none',
          px: { xs: 1, sm: 2 },
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        }}
      >
        <div style={{ ...sizerStyle, height: totalSize }}>
          <Box sx={{ height: TOP_PX, display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 1 }}>
            {renderTop()}
          </Box>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const row = rows[virtualRow.index];
            if (!row) return null;
            return (
              <div
                key={virtualRow.key}
                data-index={virtualRow.index}
                ref={virtualizer.measureElement}
                style={{ ...rowStyle, transform: `translateY(${String(virtualRow.start)}px)` }}
              >
                {row.kind === 'day' && (
                  <Box sx={{ display: 'flex', justifyContent: 'center', py: 1 }}>
                    <Chip size="small" label={row.label} component="h3" sx={{ fontWeight: 500 }} />
                  </Box>
                )}
                {row.kind === 'item' && <ItemRow item={row.item} renderItem={renderItem} />}
              </div>
            );
          })}
        </div>
      </Box>
      {unseen && (
        <Button
          variant="contained"
          size="small"
          startIcon={<ArrowDownwardIcon />}
          onClick={toBottom}
          sx={{
            position: 'absolute',
            bottom: 12,
            left: '50%',
            transform: 'translateX(-50%)',
            borderRadius: 4,
            boxShadow: 3,
          }}
        >
          New messages
        </Button>
      )}
    </Box>
  );
});
