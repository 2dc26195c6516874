// Which of the user's tabs shows desktop notifications: the one focused or made visible last. Every
// tab polls, so without this each would notify (and sound) for the same message. Claims carry their
// time, so tabs claiming at once agree on the later one. When that tab closes, any tab may notify
// until one is focused again.
const CHANNEL_NAME = 'ringplan-notifier';
const self = Math.random().toString(36).slice(2);

interface Claim {
  tab: string;
  at: number;
}
type Signal = ({ type: 'active' } & Claim) | { type: 'gone'; tab: string };

let active: Claim | null = null;
let channel: BroadcastChannel | null = null;

function later(a: Claim, b: Claim | null): boolean {
  return !b || a.at > b.at || (a.at === b.at && a.tab > b.tab);
}

function claim(): void {
  active = { tab: self, at: Date.now() };
  channel?.postMessage({ type: 'active', ...active } satisfies Signal);
}

let started = false;
/** Starts taking part (once per tab). */
export function joinNotifierTabs(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<Signal>) => {
      const signal = event.data;
      if (signal.type === 'gone') {
        if (active?.tab === signal.tab) active = null;
      } else if (later(signal, active)) {
        active = { tab: signal.tab, at: signal.at };
      }
    };
  }
  window.addEventListener('focus', claim);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') claim();
  });
  window.addEventListener('pagehide', () => {
    if (active?.tab === self) channel?.postMessage({ type: 'gone', tab: self } satisfies Signal);
  });
  if (document.visibilityState === 'visible') claim();
}

export function isNotifierTab(): boolean {
  return active === null || active.tab === self;
}
