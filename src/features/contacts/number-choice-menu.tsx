// Which of the user's texting numbers to message from, when there are several.
import { ListSubheader, Menu, MenuItem } from '@mui/material';

import { contactName } from '@/api/contacts';
import type { NumberChoice } from '@/features/contacts/use-message-contact';
import { formatNumber } from '@/lib/phone';

interface Props {
  choice: NumberChoice | null;
  onChoose: (number: string) => void;
  onClose: () => void;
}

export function NumberChoiceMenu({ choice, onChoose, onClose }: Props) {
  return (
    <Menu
      anchorEl={choice?.anchor}
      open={choice !== null}
      onClose={onClose}
      slotProps={{ list: { 'aria-label': 'Text from' } }}
    >
      <ListSubheader>{choice ? `Text ${contactName(choice.contact)} from` : 'Text from'}</ListSubheader>
      {choice?.numbers.map((n) => (
        <MenuItem key={n.id} onClick={() => onChoose(n.number)}>
          {formatNumber(n.number)}
        </MenuItem>
      ))}
    </Menu>
  );
}
