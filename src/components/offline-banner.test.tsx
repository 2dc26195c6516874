import { onlineManager } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { OfflineBanner } from '@/components/offline-banner';

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('OfflineBanner', () => {
  it('appears when the connection drops and goes when it returns', async () => {
    render(<OfflineBanner />);
    expect(screen.queryByText(/you are offline/i)).not.toBeInTheDocument();
    act(() => onlineManager.setOnline(false));
    expect(await screen.findByText(/you are offline/i)).toBeInTheDocument();
    act(() => onlineManager.setOnline(true));
    expect(screen.queryByText(/you are offline/i)).not.toBeInTheDocument();
  });
});
