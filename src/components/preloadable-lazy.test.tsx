// A preloaded lazy component renders at once: its Suspense fallback never shows. Not preloaded, it
// shows the fallback until its code is here, as React's lazy does.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';

import { preloadableLazy } from '@/components/preloadable-lazy';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

function slowly<T>(value: T): () => Promise<T> {
  return () => new Promise((resolve) => setTimeout(() => resolve(value), 20));
}

describe('preloadableLazy', () => {
  it('renders a preloaded component on its first render, without the fallback', async () => {
    const Lazy = preloadableLazy(slowly(Greeting));
    await Lazy.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('shows the fallback until the code is here when it was not preloaded', async () => {
    const Lazy = preloadableLazy(slowly(Greeting));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello, Ada')).toBeInTheDocument();
  });

  it('loads the code once, however often it is preloaded and rendered', async () => {
    let loads = 0;
    const Lazy = preloadableLazy(() => {
      loads += 1;
      return Promise.resolve(Greeting);
    });
    await Promise.all([Lazy.preload(), Lazy.preload()]);
    await act(async () => {
      render(<Lazy name="Ada" />);
      await Promise.resolve();
    });
    expect(loads).toBe(1);
  });

  it('tries again after a failed load, and says whether the code is here', async () => {
    let loads = 0;
    const Lazy = preloadableLazy(() => {
      loads += 1;
      return loads === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(Greeting);
    });
    await expect(Lazy.preload()).rejects.toThrow('Failed to fetch');
    expect(Lazy.isLoaded()).toBe(false);
    await Lazy.preload();
    expect(Lazy.isLoaded()).toBe(true);
    expect(loads).toBe(2);
    render(<Lazy name="Ada" />);
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
  });
});
