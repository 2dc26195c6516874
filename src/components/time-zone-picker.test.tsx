import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { TimeZonePicker } from '@/components/time-zone-picker';
import { renderWithProviders } from '@/testing/render';

function Harness({ initial, onChange }: { initial: string | null; onChange: (zone: string | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <TimeZonePicker
      label="Time zone"
      value={value}
      onChange={(zone) => {
        setValue(zone);
        onChange(zone);
      }}
      helperText="Meetings are shown in this zone."
    />
  );
}

describe('TimeZonePicker', () => {
  it('shows the chosen zone with its offset', () => {
    renderWithProviders(<Harness initial="Asia/Kolkata" onChange={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Kolkata (UTC+05:30)');
    expect(screen.getByText('Meetings are shown in this zone.')).toBeInTheDocument();
  });

  it('lists every zone once built in the background, and at once when opened before', async () => {
    const { user } = renderWithProviders(<Harness initial="Asia/Kolkata" onChange={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(300);
    expect(options.map((o) => o.textContent)).toContainEqual(expect.stringContaining('Europe/Berlin'));
  });

  it('searches by city words and picks a zone', async () => {
    const onChange = vi.fn();
    const { user } = renderWithProviders(<Harness initial={null} onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.type(input, 'york new');
    const listbox = await screen.findByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('America/New York');
    expect(options[0]).toHaveTextContent(/UTC−0[45]:00/);
    await user.click(options[0]!);
    expect(onChange).toHaveBeenLastCalledWith('America/New_York');
    expect((input as HTMLInputElement).value).toMatch(/^America\/New York \(UTC−0[45]:00\)$/);
  });

  it('searches by offset and explains when nothing matches', async () => {
    const { user } = renderWithProviders(<Harness initial={null} onChange={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.type(input, '+5:45');
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toContainEqual(expect.stringContaining('Asia/Kathmandu'));
    await user.clear(input);
    await user.type(input, 'atlantis');
    expect(await screen.findByText(/No time zone matches/)).toBeInTheDocument();
  });

  it('keeps a zone the list lacks instead of dropping it', () => {
    renderWithProviders(<Harness initial="Etc/GMT+0" onChange={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Etc/GMT+0 (UTC±00:00)');
  });
});
