import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { useHotkeys } from '@/components/use-hotkeys';

/** Shortcuts that write what they saw into a log on the screen, beside the kinds of places focus can be. */
function Harness({ enabled = true }: { enabled?: boolean }) {
  const [log, setLog] = useState<string[]>([]);
  const saw = (what: string) => () => setLog((l) => [...l, what]);
  useHotkeys({ '/': saw('slash'), '?': saw('help'), Escape: saw('escape'), 'Alt+ArrowDown': saw('next') }, enabled);
  return (
    <div>
      <output aria-label="Log">{log.join(',')}</output>
      <button type="button">Plain button</button>
      <input aria-label="Search" type="search" />
      <textarea aria-label="Message" />
      <input aria-label="Agree" type="checkbox" />
      <input aria-label="Zone" role="combobox" aria-expanded="false" aria-controls="zones" />
      <div role="dialog" aria-label="A dialog">
        <button type="button">Inside the dialog</button>
      </div>
    </div>
  );
}

const log = () => screen.getByLabelText('Log').textContent;

describe('useHotkeys', () => {
  it('runs a shortcut pressed outside any field, and ? whatever Shift it took', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Plain button' }));
    await user.keyboard('/');
    await user.keyboard('?');
    await user.keyboard('{Escape}');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(log()).toBe('slash,help,escape,next');
  });

  it('leaves typed keys to the field: / and ? are typed, Escape clears the search', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByLabelText('Search'));
    await user.keyboard('a/b?{Escape}');
    await user.click(screen.getByLabelText('Message'));
    await user.keyboard('hi/?');
    expect(screen.getByLabelText('Search')).toHaveValue('a/b?');
    expect(screen.getByLabelText('Message')).toHaveValue('hi/?');
    expect(log()).toBe('');
  });

  it('lets Escape through from a message box, which has no use for it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByLabelText('Message'));
    await user.keyboard('hi{Escape}');
    expect(screen.getByLabelText('Message')).toHaveValue('hi');
    expect(log()).toBe('escape');
  });

  it('lets Alt+↓ through from a text field, not from a list that opens with it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByLabelText('Message'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.click(screen.getByLabelText('Zone'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(log()).toBe('next');
  });

  it('treats a checkbox as no field', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByLabelText('Agree'));
    await user.keyboard('/');
    expect(log()).toBe('slash');
  });

  it('leaves every key to an open dialog', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Inside the dialog' }));
    await user.keyboard('/?{Escape}');
    expect(log()).toBe('');
  });

  it('does nothing while disabled', async () => {
    const user = userEvent.setup();
    render(<Harness enabled={false} />);
    await user.click(screen.getByRole('button', { name: 'Plain button' }));
    await user.keyboard('/?');
    expect(log()).toBe('');
  });
});
