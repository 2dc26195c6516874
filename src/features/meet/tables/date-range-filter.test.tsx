import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { DateRangeFilter } from '@/features/meet/tables/date-range-filter';

type Range = { from?: string; to?: string };

/** The filter over a range held the way the page holds it (merged changes), with every change seen. */
function setup(initial: Range = {}) {
  const changes = vi.fn();
  function Harness() {
    const [range, setRange] = useState<Range>(initial);
    return (
      <DateRangeFilter
        from={range.from}
        to={range.to}
        onChange={(change) => {
          changes(change);
          setRange((current) => ({ ...current, ...change }));
        }}
      />
    );
  }
  render(<Harness />);
  return { user: userEvent.setup(), changes, from: screen.getByLabelText('From'), to: screen.getByLabelText('To') };
}

describe('DateRangeFilter', () => {
  it('commits a typed date once it is whole, not before', async () => {
    const { user, changes, from, to } = setup();
    await user.type(from, '2026-01');
    expect(changes).not.toHaveBeenCalled();
    await user.type(from, '-15');
    expect(changes).toHaveBeenCalledTimes(1);
    expect(changes).toHaveBeenLastCalledWith({ from: '2026-01-15' });
    expect(from).toHaveValue('2026-01-15');
    // Each end bounds the other.
    expect(to).toHaveAttribute('min', '2026-01-15');
    expect(from).not.toHaveAttribute('max');
  });

  it('keeps the limits of the field being typed in until it loses focus (the browser would clear a half-typed date)', () => {
    const { from, to } = setup();
    // The user has moved on to To when From's date reaches the range.
    act(() => to.focus());
    fireEvent.change(from, { target: { value: '2026-11-29' } });
    expect(to).not.toHaveAttribute('min');
    act(() => to.blur());
    expect(to).toHaveAttribute('min', '2026-11-29');
  });

  it('waits while the year is still being typed (0002, 0202 on the way to 2026)', () => {
    const { changes, from } = setup();
    fireEvent.change(from, { target: { value: '0002-03-04' } });
    fireEvent.change(from, { target: { value: '0202-03-04' } });
    expect(changes).not.toHaveBeenCalled();
    // Shown as typed, though: the input is not pulled back.
    expect(from).toHaveValue('0202-03-04');
    fireEvent.change(from, { target: { value: '2026-03-04' } });
    expect(changes).toHaveBeenCalledExactlyOnceWith({ from: '2026-03-04' });
  });

  it('clears an end when its input is emptied, and both with Clear dates', async () => {
    const { user, changes, from, to } = setup({ from: '2026-01-01', to: '2026-01-31' });
    expect(from).toHaveValue('2026-01-01');
    expect(from).toHaveAttribute('max', '2026-01-31');
    await user.clear(to);
    expect(changes).toHaveBeenLastCalledWith({ to: undefined });
    expect(from).toHaveValue('2026-01-01');
    expect(from).not.toHaveAttribute('max');

    await user.click(screen.getByRole('button', { name: 'Clear dates' }));
    expect(changes).toHaveBeenLastCalledWith({ from: undefined, to: undefined });
    expect(from).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Clear dates' })).not.toBeInTheDocument();
  });
});
