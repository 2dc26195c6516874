// A search box with the magnifier in front: the inbox's and the contacts' searches look alike.
import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment, TextField, type TextFieldProps } from '@mui/material';

type Props = Omit<TextFieldProps, 'type' | 'size' | 'slotProps'>;

export function SearchField(props: Props) {
  return (
    <TextField
      type="search"
      size="small"
      {...props}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
