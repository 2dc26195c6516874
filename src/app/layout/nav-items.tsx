// The main navigation: the route table's pages that have a `nav` entry, in its order.
import ChatIcon from '@mui/icons-material/ChatOutlined';
import ContactsIcon from '@mui/icons-material/ContactsOutlined';
import PersonIcon from '@mui/icons-material/PersonOutlineOutlined';
import VideocamIcon from '@mui/icons-material/VideocamOutlined';
import { lazy, Suspense, type ReactElement } from 'react';

import { type NavIcon, ROUTES } from '@/app/routes';

export interface NavItem {
  label: string;
  to: string;
  icon: ReactElement;
}

// Texting's icon carries the unread total; its code (seen positions, unread counts) is a part of the
// frame (routes.ts), fetched with the frame's code at start; the plain icon stands in until it is here.
// Offline before its code has loaded, the plain icon stays (a failed lazy load must not reach an error
// boundary and take the whole frame with it).
const TextingNavIcon = lazy(() =>
  import('@/features/texting/unread/texting-nav-icon').then(
    (module) => ({ default: module.TextingNavIcon }),
    () => ({ default: () => <ChatIcon /> }),
  ),
);

const ICONS: Record<NavIcon, ReactElement> = {
  chat: (
    <Suspense fallback={<ChatIcon />}>
      <TextingNavIcon />
    </Suspense>
  ),
  contacts: <ContactsIcon />,
  videocam: <VideocamIcon />,
  person: <PersonIcon />,
};

export const navItems: NavItem[] = ROUTES.flatMap(({ paths: [to], nav }) =>
  nav && to ? [{ label: nav.label, to, icon: ICONS[nav.icon] }] : [],
);
