import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { HintArea } from '@/components/hint-area';

function Row() {
  return (
    <HintArea>
      <button type="button" aria-label="Edit Maria Garcia" data-hint="Edit">
        ✎
      </button>
      <button type="button" aria-label="Delete Maria Garcia" data-hint="Delete">
        🗑
      </button>
      <button type="button">No hint</button>
      <span data-hint="Texted STOP">Opted out</span>
    </HintArea>
  );
}

describe('HintArea', () => {
  it('shows the hint of the control under the mouse, and hides it when the mouse leaves', async () => {
    const user = userEvent.setup();
    render(<Row />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(screen.getByRole('button', { name: 'Edit Maria Garcia' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Edit');
    await user.hover(screen.getByRole('button', { name: 'Delete Maria Garcia' }));
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Delete'));
    await user.unhover(screen.getByRole('button', { name: 'Delete Maria Garcia' }));
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('shows the hint when keyboard focus reaches a control, and Escape or moving on hides it', async () => {
    const user = userEvent.setup();
    render(<Row />);
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Edit');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    await user.tab();
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Delete'));
    await user.tab();
    expect(screen.getByRole('button', { name: 'No hint' })).toHaveFocus();
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('shows nothing for a touch, and the same control shows its hint to the mouse', async () => {
    const user = userEvent.setup();
    render(<Row />);
    const label = screen.getByText('Opted out');
    // A finger's pointerover (this DOM has no PointerEvent, so its type is set on a mouse event).
    const touch = new MouseEvent('pointerover', { bubbles: true });
    Object.defineProperty(touch, 'pointerType', { value: 'touch' });
    fireEvent(label, touch);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(label);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Texted STOP');
  });
});
