// A search box whose search lives in the URL (the inbox's, the contacts'): what the user types shows at
// once and is handed on after a pause, so fast typing never waits on a navigation (a box that showed
// the URL's value dropped keys typed while the URL caught up). A change of the URL from outside (Back,
// a link) shows its search.
import { useContext, useEffect, useState } from 'react';
import { UNSAFE_NavigationContext, useLocation, type Location } from 'react-router';

import type { OutlinedFieldProps } from '@/components/outlined-field';
import { SearchField } from '@/components/search-field';

/** The text settles this long before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

interface Props extends Omit<OutlinedFieldProps, 'type' | 'size' | 'startAdornment' | 'value' | 'onChange'> {
  /** The search in the URL. */
  value: string;
  /** The settled text, to put in the URL. */
  onSearch: (q: string) => void;
}

export function DebouncedSearchField({ value, onSearch, ...field }: Props) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const location = useLocation();
  const { navigator } = useContext(UNSAFE_NavigationContext);

  // The URL changed from outside (Back, a link): show its search.
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => {
      // A navigation still rendering (a conversation clicked while the text settled): the router's
      // history is already at the new page, this render is not. Sending now would put the search on the
      // page being left and undo the click; the search goes out once the new page has rendered (this
      // effect runs again on its location).
      const live = (navigator as { location?: Location }).location;
      if (live && (live.pathname !== location.pathname || live.search !== location.search)) return;
      onSearch(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, value, onSearch, navigator, location]);

  return (
    <SearchField
      {...field}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
      }}
    />
  );
}
