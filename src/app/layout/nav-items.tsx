// The main navigation: the route table's pages that have a `nav` entry, in its order.
import ChatIcon from '@mui/icons-material/ChatOutlined';
import ContactsIcon from '@mui/icons-material/ContactsOutlined';
import PersonIcon from '@mui/icons-material/PersonOutlineOutlined';
import VideocamIcon from '@mui/icons-material/VideocamOutlined';
import { Suspense, type ReactElement } from 'react';

import { TextingNavIcon } from '@/app/layout/frame-parts';
import { type NavIcon, ROUTES } from '@/app/routes';

export interface NavItem {
  label: string;
  to: string;
  icon: ReactElement;
}

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
