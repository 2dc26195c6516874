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

/** Saves what the page shows now, if it is a signed-in page that has finished loading. */
export function saveStartSnapshot(): void {
  const state = sessionStore.get();
  const root = document.getElementById('root');
  const main = root?.querySelector('main');
  const user = state.session?.email.toLowerCase();
  // Only a page the app has rendered and that shows no spinner: never the sign-in page, never a
  // loading state.
  if (state.status !== 'signed-in' || !user || !root || !main || document.getElementById('start-snapshot')) return;
  if (main.querySelector(LOADING)) return;
  const previous = read();
  const pages = previous?.user === user ? previous.pages : {};
  const page: PageSnapshot = {
    html: appMarkup(root),
    css: insertedRules(),
    scheme: document.documentElement.className,
    wide: window.innerWidth >= WIDE_MIN_PX,
    savedAt: Date.now(),
  };
  const kept = Object.entries({ ...pages, [address()]: page })
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, ADDRESSES);
  try {
    localStorage.setItem(START_SNAPSHOT_KEY, JSON.stringify({ user, pages: Object.fromEntries(kept) }));
  } catch {
    // Storage full: the next start paints without a snapshot.
    localStorage.removeItem(START_SNAPSHOT_KEY);
  }
}

/**
 * Keeps the snapshot up to date: when the tab is hidden or left (the moments before a next start), and
 * a while after each change of the query cache settles, so a closed tab or a crash leaves a recent one.
 */
export function keepStartSnapshot(onCacheChange: (listener: () => void) => () => void, every = 2000): () => void {
  let timer: number | undefined;
  const save = () => {
    timer = undefined;
    saveStartSnapshot();
  };
  const schedule = () => {
    timer ??= window.setTimeout(save, every);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') saveStartSnapshot();
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', saveStartSnapshot);
  const unsubscribe = onCacheChange(schedule);
  return () => {
    unsubscribe();
    window.clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', saveStartSnapshot);
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
});
