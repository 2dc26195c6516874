// The time zone field shows a read-only stand-in with the chosen zone until the picker's code is here
// (the user's first act), then the picker; a stand-in the user pressed hands its focus over and the
// picker opens its list.
import { fireEvent, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { TimeZoneField } from '@/components/time-zone-field';
import { renderWithProviders } from '@/testing/render';

describe('TimeZoneField', () => {
  it('shows the chosen zone in a stand-in until the user acts, then the picker, which opens where pressed', async () => {
    const ref = createRef<HTMLInputElement>();
    renderWithProviders(
      <TimeZoneField
        label="Time zone"
        value="Asia/Kolkata"
        onChange={vi.fn()}
        helperText="In this zone."
        inputRef={ref}
      />,
    );
    // Long enough for the picker's code to have loaded, had it been asked for.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const standIn = screen.getByRole('combobox', { name: 'Time zone' });
    expect(standIn).toHaveValue('Asia/Kolkata (UTC+05:30)');
    expect(standIn).toHaveAttribute('readonly');
    expect(standIn).toHaveAccessibleDescription('In this zone.');
    expect(screen.queryByRole('button', { name: 'Open' })).not.toBeInTheDocument();
    // The form's ref (which focuses the field on an error) holds the stand-in's input.
    expect(ref.current).toBe(standIn);

    // The user presses the field: its first act on the page brings the picker, which takes the focus and
    // opens the list the press asked for.
    fireEvent.pointerDown(standIn);
    standIn.focus();
    expect(await screen.findByRole('button', { name: 'Close' })).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Time zone' });
    expect(picker).not.toHaveAttribute('readonly');
    expect(picker).toHaveFocus();
    expect(ref.current).toBe(picker);
    expect(picker).toHaveValue('Asia/Kolkata (UTC+05:30)');
    expect(within(screen.getByRole('listbox')).getAllByRole('option').length).toBeGreaterThan(300);
  });
});
