// A search box with the magnifier in front: the inbox's and the contacts' searches look alike.
import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment } from '@mui/material';

import { OutlinedField, type OutlinedFieldProps } from '@/components/outlined-field';

type Props = Omit<OutlinedFieldProps, 'type' | 'size' | 'startAdornment'>;

export function SearchField(props: Props) {
  return (
    <OutlinedField
      type="search"
      size="small"
      {...props}
      startAdornment={
        <InputAdornment position="start">
          <SearchIcon fontSize="small" />
        </InputAdornment>
      }
    />
  );
}
