import { onlineManager } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { followBrowserOnlineState } from '@/app/query-client';
import { OfflineBanner } from '@/components/offline-banner';

afterEach(() => {
  vi.restoreAllMocks();
  onlineManager.setOnline(true);
});

function fire(type: 'online' | 'offline') {
  act(() => {
    window.dispatchEvent(new Event(type));
  });
}

describe('followBrowserOnlineState', () => {
  it('follows what the browser says, from the start and whatever event arrives', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    followBrowserOnlineState();
    render(<OfflineBanner />);
    expect(screen.getByText(/you are offline/i)).toBeInTheDocument();

    // An `online` event while the browser still says offline changes nothing.
    fire('online');
    expect(screen.getByText(/you are offline/i)).toBeInTheDocument();
    expect(onlineManager.isOnline()).toBe(false);

    onLine.mockReturnValue(true);
    fire('online');
    expect(screen.queryByText(/you are offline/i)).not.toBeInTheDocument();

    // Nor does an `offline` event while the browser says online.
    fire('offline');
    expect(onlineManager.isOnline()).toBe(true);
    onLine.mockReturnValue(false);
    fire('offline');
    expect(screen.getByText(/you are offline/i)).toBeInTheDocument();
  });
});
