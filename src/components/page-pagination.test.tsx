// The pager's code downloads once the first screen has painted: until then an empty bar of its height
// holds its place, then MUI's pager shows.
import { render, screen } from '@testing-library/react';
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
  it("holds the pager's place until the first screen has painted, then shows the pager", async () => {
    const { container, rerender } = render(<Pager />);
    // Long enough for the pager's code to have loaded, had it been asked for.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByRole('button', { name: 'Go to next page' })).not.toBeInTheDocument();
    expect(container.textContent).toBe('');
    expect(container.firstElementChild?.firstElementChild).toHaveStyle({ minHeight: '52px' });

    rerender(
      <>
        <FirstPaintSignal />
        <Pager />
      </>,
    );
    expect(await screen.findByRole('button', { name: 'Go to next page' })).toBeEnabled();
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
  });
});
