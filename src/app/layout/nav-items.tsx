// The main navigation: the route table's pages that have a `nav` entry, in its order.
import ContactsIcon from '@mui/icons-material/ContactsOutlined';
import PersonIcon from '@mui/icons-material/PersonOutlineOutlined';
import VideocamIcon from '@mui/icons-material/VideocamOutlined';

import { type NavIcon, ROUTES } from '@/app/routes';
import { TextingNavIcon } from '@/features/texting/texting-nav-icon';

import type { ReactElement } from 'react';

export interface NavItem {
  label: string;
  to: string;
  icon: ReactElement;
}

const ICONS: Record<NavIcon, ReactElement> = {
  // Texting's icon carries the unread total.
  chat: <TextingNavIcon />,
  contacts: <ContactsIcon />,
  videocam: <VideocamIcon />,
  person: <PersonIcon />,
};

export const navItems: NavItem[] = ROUTES.flatMap(({ paths: [to], nav }) =>
  nav && to ? [{ label: nav.label, to, icon: ICONS[nav.icon] }] : [],
);
