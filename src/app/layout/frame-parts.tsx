// The signed-in frame's parts (the route table's SIGNED_IN_FRAME.parts): downloads of their own, fetched
// with the frame's code at start (the router's preloadPage), so the frame's first render has them and
// paints complete. Rendered before their code is here (it failed, or is still coming), each shows what
// its Suspense fallback says.
import ChatIcon from '@mui/icons-material/ChatOutlined';

import { preloadableLazy } from '@/components/preloadable-lazy';

// The unread watcher (polling, seen positions, notifications). Offline before it has loaded, the app
// goes on without it (it polls the network anyway).
export const InboxWatcher = preloadableLazy(() =>
  import('@/features/texting/unread/inbox-watcher').then(
    (module) => module.InboxWatcher,
    () => () => null,
  ),
);

// Texting's icon with the unread total (seen positions, unread counts). Offline before its code has
// loaded, the plain icon stays (a failed load must not reach an error boundary and take the frame).
export const TextingNavIcon = preloadableLazy(() =>
  import('@/features/texting/unread/texting-nav-icon').then(
    (module) => module.TextingNavIcon,
    () => ChatIcon,
  ),
);

// The account button's part that reads the profile: it brings the API layer, which would otherwise
// count in every page's shared base.
export const ProfileUserMenu = preloadableLazy(() =>
  import('@/app/layout/profile-user-menu').then((module) => module.ProfileUserMenu),
);

/** Downloads the parts' code; settles once each is here or failed. */
export function preloadFrameParts(): Promise<void> {
  const ignore = () => undefined;
  return Promise.all([InboxWatcher, TextingNavIcon, ProfileUserMenu].map((part) => part.preload().catch(ignore))).then(
    ignore,
  );
}
