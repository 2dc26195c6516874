import ContactsIcon from '@mui/icons-material/ContactsOutlined';
import PersonIcon from '@mui/icons-material/PersonOutlineOutlined';
import VideocamIcon from '@mui/icons-material/VideocamOutlined';

import { TextingNavIcon } from '@/features/texting/texting-nav-icon';

import type { ReactElement } from 'react';

export interface NavItem {
  label: string;
  to: string;
  icon: ReactElement;
}

export const navItems: NavItem[] = [
  { label: 'Texting', to: '/texting', icon: <TextingNavIcon /> },
  { label: 'Contacts', to: '/contacts', icon: <ContactsIcon /> },
  { label: 'Meet', to: '/meet', icon: <VideocamIcon /> },
  { label: 'Account', to: '/account', icon: <PersonIcon /> },
];
