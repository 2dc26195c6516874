import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { notify, resetToasts } from '@/components/notify';
import { Toaster } from '@/components/toaster';

afterEach(resetToasts);

describe('Toaster', () => {
  it('shows toasts one at a time, in order, each dismissable', async () => {
    const user = userEvent.setup();
    render(<Toaster />);
    act(() => {
      notify.success('Contact created');
      notify.error('Could not refresh');
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Contact created');
    expect(screen.queryByText('Could not refresh')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /close/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not refresh');
  });
});
