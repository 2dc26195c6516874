import { act, fireEvent, render, screen } from '@testing-library/react';
import { Router, UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { DebouncedSearchField, SEARCH_DEBOUNCE_MS } from '@/components/debounced-search-field';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const history = createMemoryHistory({ initialEntries: ['/texting'] });
  const onSearch = vi.fn();
  // The router shows `history.location` only when rendered again, as a navigation in a transition does.
  const ui = () => (
    <Router location={history.location} navigator={history}>
      <DebouncedSearchField label="Search conversations" value="" onSearch={onSearch} />
    </Router>
  );
  const view = render(ui());
  return { history, onSearch, rerender: () => view.rerender(ui()) };
}

test('the typed text is sent once it has settled', () => {
  const { onSearch } = setUp();
  fireEvent.change(screen.getByLabelText('Search conversations'), { target: { value: 'Maria' } });
  act(() => {
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
  });
  expect(onSearch).not.toHaveBeenCalled();
  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(onSearch).toHaveBeenCalledExactlyOnceWith('Maria');
});

test('a search settling while a clicked link is still rendering waits for the new page', () => {
  const { history, onSearch, rerender } = setUp();
  fireEvent.change(screen.getByLabelText('Search conversations'), { target: { value: 'Maria' } });
  // The user opens a conversation; its page has not rendered yet when the text settles.
  history.push('/texting/c1');
  act(() => {
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2);
  });
  expect(onSearch).not.toHaveBeenCalled();

  rerender();
  expect(screen.getByLabelText('Search conversations')).toHaveValue('Maria');
  act(() => {
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
  });
  expect(onSearch).toHaveBeenCalledExactlyOnceWith('Maria');
});
