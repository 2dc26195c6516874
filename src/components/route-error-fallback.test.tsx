import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { NetworkError } from '@/api/errors';
import { isChunkLoadError, RouteErrorFallback } from '@/components/route-error-fallback';

const chunkError = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost/assets/meet-page-1a2b.js',
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RouteErrorFallback', () => {
  it('tells a page whose code could not be downloaded from other failures', () => {
    expect(isChunkLoadError(chunkError)).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new NetworkError(new TypeError('Failed to fetch')))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('offline, says so for a page that could not be downloaded', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<RouteErrorFallback error={chunkError} onRetry={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You seem to be offline');
    expect(screen.getByRole('alert')).toHaveTextContent('Retry once you are back online');
  });

  it('for a failed query, Retry calls back to render the route again', async () => {
    const onRetry = vi.fn();
    render(<RouteErrorFallback error={new Error('The service answered 503.')} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be loaded');
    expect(screen.getByRole('alert')).toHaveTextContent('The service answered 503.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
