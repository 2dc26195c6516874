// The start snapshot: what the signed-in user last saw on a page (its markup and the styles it uses),
// so that the next start of that address paints it at once, before the app's code has even been
// parsed, and the app takes over once its own page is rendered. On a phone profile the app's code
// alone takes seconds to parse and render; the restored query cache (query-persistence.ts) can only
// paint after that, the snapshot before it.
//
// public/start-snapshot.js paints it: a snapshot of another user, another address, the other side of
// the wide/narrow breakpoint or older than SNAPSHOT_MAX_AGE_MS is never shown. It is inert (no clicks, no focus)
// and covers the app until the app's page has rendered without a spinner (or SNAPSHOT_LIMIT_MS).
//
// The markup is the browser's own serialisation of the app's DOM (`innerHTML`), which escapes every
// text node and attribute value, so text from the API stays text when it is parsed back. Signing out
// forgets it (src/api/user-data.ts).
import { sessionStore } from '@/api/session-store';
import { onForgetUserData } from '@/api/user-data';
import { insertedRules } from '@/app/theme/style-cache';

/** Also read by public/start-snapshot.js, as are the two below. */
export const START_SNAPSHOT_KEY = 'ringplan.start-snapshot';
/** As long as the saved query cache: Monday morning still opens on Friday's inbox. */
export const SNAPSHOT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** The breakpoint where the layout changes (the theme's `md`): a phone's snapshot is not a desktop's. */
export const WIDE_MIN_PX = 900;
/** How many addresses keep a snapshot (the most recently seen). */
const ADDRESSES = 4;
/**
 * What a page shows while its content first loads: skeletons and spinners. A bar over content already
 * shown (a refresh) does not count, nor a spinner that loads more of a list already shown (older
 * messages, marked `data-loads-more`).
 */
const LOADING = '.MuiSkeleton-root, .MuiCircularProgress-root:not([data-loads-more])';
/** The app takes over after this long even if its page still shows a spinner. */
export const SNAPSHOT_LIMIT_MS = 3000;

interface PageSnapshot {
  html: string;
  css: string;
  /** The root element's class (the colour scheme: light or dark). */
  scheme: string;
  wide: boolean;
  savedAt: number;
}

export interface StartSnapshot {
  user: string;
  pages: Record<string, PageSnapshot>;
}

const address = () => window.location.pathname + window.location.search;

/** The markup of the app with each scrolled element's position (restored by the painter). */
function appMarkup(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  const live = root.querySelectorAll('*');
  const copies = copy.querySelectorAll('*');
  live.forEach((element, i) => {
    if (element.scrollTop > 0) copies[i]?.setAttribute('data-snapshot-scroll', String(Math.round(element.scrollTop)));
  });
  return copy.innerHTML;
}

function read(): StartSnapshot | null {
  try {
    return JSON.parse(localStorage.getItem(START_SNAPSHOT_KEY) ?? 'null') as StartSnapshot | null;
  } catch {
    return null;
  }
}

/** What this tab saved last: an unchanged page is not written again. */
let lastSaved: { user: string; address: string; html: string; rules: number } | null = null;

/**
 * Saves what the page shows now, if it is a signed-in page that has finished loading. Answers whether
 * the snapshot now holds this page (saved, or unchanged since it was).
 */
export function saveStartSnapshot(): boolean {
  const state = sessionStore.get();
  const root = document.getElementById('root');
  const main = root?.querySelector('main');
  const user = state.session?.email.toLowerCase();
  // Only a page the app has rendered and that shows no spinner: never the sign-in page, never a
  // loading state.
  if (state.status !== 'signed-in' || !user || !root || !main || document.getElementById('start-snapshot')) {
    return false;
  }
  if (main.querySelector(LOADING)) return false;
  const html = appMarkup(root);
  const css = insertedRules();
  const same = lastSaved?.user === user && lastSaved.address === address();
  if (same && lastSaved?.html === html && lastSaved.rules === css.length) return true;
  const previous = read();
  const pages = previous?.user === user ? previous.pages : {};
  const page: PageSnapshot = {
    html,
    css,
    scheme: document.documentElement.className,
    wide: window.innerWidth >= WIDE_MIN_PX,
    savedAt: Date.now(),
  };
  const kept = Object.entries({ ...pages, [address()]: page })
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, ADDRESSES);
  try {
    localStorage.setItem(START_SNAPSHOT_KEY, JSON.stringify({ user, pages: Object.fromEntries(kept) }));
    lastSaved = { user, address: address(), html, rules: css.length };
    return true;
  } catch {
    // Storage full: the next start paints without a snapshot.
    localStorage.removeItem(START_SNAPSHOT_KEY);
    return false;
  }
}

/**
 * Keeps the snapshot up to date: when the tab is hidden or left (the moments before a next start), and
 * after the query cache changes, so a closed tab or a crash leaves a recent one: `first` ms after it
 * changes on an address not saved yet, and at most every `then` ms on the same one (a polled list
 * changes the cache every few seconds). Not before `start` ms after the app started, though: a save
 * copies the whole page (20–50 ms of main thread here, four times that on a phone), and the first
 * seconds are the user's, starting to work; leaving the tab meanwhile still saves.
 */
export function keepStartSnapshot(
  onCacheChange: (listener: () => void) => () => void,
  { start = 10_000, first = 2000, then = 30_000 } = {},
): () => void {
  const startedAt = Date.now();
  let timer: number | undefined;
  let timerAddress = '';
  let savedAt = 0;
  let savedAddress = '';
  const save = () => {
    timer = undefined;
    if (!saveStartSnapshot()) return;
    savedAt = Date.now();
    savedAddress = address();
  };
  const schedule = () => {
    // A wait set for another address (the user moved on) starts again for this one.
    if (timer !== undefined && timerAddress === address()) return;
    window.clearTimeout(timer);
    timerAddress = address();
    const wait = timerAddress === savedAddress ? Math.max(first, savedAt + then - Date.now()) : first;
    timer = window.setTimeout(save, Math.max(wait, startedAt + start - Date.now()));
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') saveStartSnapshot();
  };
  const onLeave = () => {
    saveStartSnapshot();
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onLeave);
  const unsubscribe = onCacheChange(schedule);
  return () => {
    unsubscribe();
    window.clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onLeave);
  };
}

/**
 * The app's page is rendered: the snapshot goes once the page shows no spinner, or after
 * SNAPSHOT_LIMIT_MS at most.
 */
export function takeOverFromSnapshot(): void {
  const snapshot = document.getElementById('start-snapshot');
  if (!snapshot) return;
  const started = performance.now();
  const check = () => {
    const main = document.getElementById('root')?.querySelector('main');
    const loading = !main || main.querySelector(LOADING) !== null;
    if (loading && performance.now() - started < SNAPSHOT_LIMIT_MS) {
      requestAnimationFrame(check);
      return;
    }
    snapshot.remove();
    document.getElementById('start-snapshot-style')?.remove();
  };
  check();
}

onForgetUserData(() => {
  localStorage.removeItem(START_SNAPSHOT_KEY);
  lastSaved = null;
});
