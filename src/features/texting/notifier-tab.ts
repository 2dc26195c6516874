// Which of the user's tabs shows desktop notifications: the one focused or made visible last. Every
// tab polls, so without this each would notify (and sound) for the same message. When that tab
// closes, any tab may notify until one is focused again.
const CHANNEL_NAME = 'ringplan-notifier';
const self = Math.random().toString(36).slice(2);
let active: string | null = null;
let channel: BroadcastChannel | null = null;

type Signal = { type: 'active'; tab: string } | { type: 'gone'; tab: string };

function claim(): void {
  active = self;
  channel?.postMessage({ type: 'active', tab: self } satisfies Signal);
}

let started = false;
/** Starts taking part (once per tab). */
export function joinNotifierTabs(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<Signal>) => {
      if (event.data.type === 'active') active = event.data.tab;
      else if (active === event.data.tab) active = null;
    };
  }
  window.addEventListener('focus', claim);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') claim();
  });
  window.addEventListener('pagehide', () => {
    if (active === self) channel?.postMessage({ type: 'gone', tab: self } satisfies Signal);
  });
  if (document.visibilityState === 'visible') claim();
}

export function isNotifierTab(): boolean {
  return active === null || active === self;
}
