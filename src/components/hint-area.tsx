// Hints for the many small controls of a table (the buttons on every row, an icon, a time) from one
// tooltip. MUI's Tooltip renders itself and its child a second time right after it mounts (it keeps
// the child's node in state), so a tooltip on each row's buttons made a page of rows twice as costly
// to show. Inside a HintArea a control names its hint in `data-hint`; the area shows it in MUI's
// tooltip when the mouse rests on the control or keyboard focus reaches it, and hides it when the
// mouse leaves, focus moves on, or Escape is pressed. Touch shows no hint: every control that has one
// also has its own accessible name. The tooltip's code (and the popup positioning it brings) downloads
// when the mouse first moves over a control with a hint or keyboard focus first reaches one, not with the
// table's page: a phone, or a user who never rests the mouse on a row, never needs it.
import { useEffect, useRef, useState, type FocusEvent, type PointerEvent, type ReactNode } from 'react';

import { preloadableLazy } from '@/components/preloadable-lazy';

const Tooltip = preloadableLazy(async () => (await import('@mui/material/Tooltip')).default);
const ignore = () => undefined;

/** How long the mouse rests on a control before its hint shows (MUI's default for its tooltips). */
const HINT_DELAY_MS = 100;

interface Shown {
  anchor: HTMLElement;
  open: boolean;
}

function hintOf(target: EventTarget | null, area: HTMLElement | null): HTMLElement | null {
  if (!(target instanceof Element) || !area) return null;
  const el = target.closest<HTMLElement>('[data-hint]');
  return el && area.contains(el) ? el : null;
}

export function HintArea({ children }: { children: ReactNode }) {
  const area = useRef<HTMLDivElement>(null);
  const timer = useRef<number | undefined>(undefined);
  // The anchor (and so the text) stays while the tooltip fades out; `open` is what shows it.
  const [shown, setShown] = useState<Shown | null>(null);
  const [tooltipHere, setTooltipHere] = useState(Tooltip.isLoaded);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // Offline, or with the download cut off, no hint shows; the next hover or focus tries again.
  const wantTooltip = () => {
    if (!tooltipHere) Tooltip.preload().then(() => setTooltipHere(true), ignore);
  };

  const show = (anchor: HTMLElement) => {
    window.clearTimeout(timer.current);
    setShown({ anchor, open: true });
  };
  const hide = () => {
    window.clearTimeout(timer.current);
    setShown((current) => (current?.open ? { ...current, open: false } : current));
  };

  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const anchor = hintOf(event.target, area.current);
    if (!anchor) return;
    wantTooltip();
    if (shown?.open && shown.anchor === anchor) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => show(anchor), HINT_DELAY_MS);
  };
  const onPointerOut = (event: PointerEvent) => {
    const from = hintOf(event.target, area.current);
    if (from && !(event.relatedTarget instanceof Node && from.contains(event.relatedTarget))) hide();
  };
  const onFocus = (event: FocusEvent) => {
    const anchor = hintOf(event.target, area.current);
    // Keyboard focus only, as MUI's tooltips do: a click focuses the button too.
    if (anchor && anchor === event.target && anchor.matches(':focus-visible')) {
      wantTooltip();
      show(anchor);
    }
  };
  const onBlur = (event: FocusEvent) => {
    if (shown?.anchor === event.target) hide();
  };

  return (
    // Listens for what happens on the controls inside (they bubble up); the area itself is not a control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div ref={area} onPointerOver={onPointerOver} onPointerOut={onPointerOut} onFocus={onFocus} onBlur={onBlur}>
      {children}
      {shown && tooltipHere && (
        // Until the tooltip's code is here, no hint shows; it shows once the code arrives, if still wanted.
        <Tooltip
          title={shown.anchor.dataset.hint ?? ''}
          open={shown.open}
          onClose={hide}
          disableHoverListener
          disableFocusListener
          disableTouchListener
          slotProps={{ popper: { anchorEl: shown.anchor } }}
        >
          <span hidden />
        </Tooltip>
      )}
    </div>
  );
}
