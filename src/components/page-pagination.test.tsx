// The pager's code downloads once the user first acts after the first paint: until then an empty bar of
// its height holds its place, then MUI's pager shows.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FirstPaintSignal } from '@/components/first-paint';
import { PagePagination } from '@/components/page-pagination';

const noop = () => undefined;

function Pager() {
  return (
    <PagePagination
      count={60}
      page={1}
      size={25}
      sizes={[25, 50]}
      firstLoad={false}
      onPageChange={noop}
      onSizeChange={noop}
    />
  );
}

describe('PagePagination', () => {
  it("holds the pager's place until the user first acts after the first paint, then shows the pager", async () => {
    // Long enough for the pager's code to have loaded, had it been asked for.
    const moment = () => new Promise((resolve) => setTimeout(resolve, 500));
    const { container, rerender } = render(<Pager />);
    await moment();
    const absent = () => {
      expect(screen.queryByRole('button', { name: 'Go to next page' })).not.toBeInTheDocument();
      expect(container.textContent).toBe('');
      expect(container.firstElementChild?.firstElementChild).toHaveStyle({ minHeight: '52px' });
    };
    absent();

    // Painted, and the user has not acted yet.
    rerender(
      <>
        <FirstPaintSignal />
        <Pager />
      </>,
    );
    await moment();
    absent();

    fireEvent.pointerMove(document.body);
    expect(await screen.findByRole('button', { name: 'Go to next page' })).toBeEnabled();
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
  });
});
