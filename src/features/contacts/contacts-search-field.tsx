// The search box: what the user types shows at once; the URL (and so the list) follows after a pause.
import { useEffect, useState } from 'react';

import { SearchField } from '@/components/search-field';

const DEBOUNCE_MS = 300;

interface Props {
  value: string;
  onSearch: (q: string) => void;
}

export function ContactsSearchField({ value, onSearch }: Props) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);

  // The URL changed from outside (Back, a link): show its search.
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => {
      onSearch(text);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, value, onSearch]);

  return (
    <SearchField
      label="Search contacts"
      placeholder="Name or number"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
      }}
      sx={{ flex: { xs: '1 1 100%', sm: '0 1 320px' } }}
    />
  );
}
