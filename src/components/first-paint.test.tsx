import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (its promise is made once per page), and whether it has resolved yet. */
async function freshSignal() {
  vi.resetModules();
  const module = await import('@/components/first-paint');
  const state = { shown: false };
  void module.firstPaint.then(() => {
    state.shown = true;
  });
  return { ...module, state };
}

/** Stands in for the browser's PerformanceObserver; `report` delivers paint entries to it. */
function paintObserver() {
  let deliver: ((names: string[]) => void) | undefined;
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
      deliver = (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
    }
    observe() {}
    disconnect() {
      deliver = undefined;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { report: (...names: string[]) => deliver?.(names) };
}

describe('firstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves when the browser reports the first contentful paint, not at the commit', async () => {
    const browser = paintObserver();
    const { FirstPaintSignal, state } = await freshSignal();
    render(<FirstPaintSignal />);
    await vi.advanceTimersByTimeAsync(500);
    browser.report('first-paint');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.shown).toBe(false);

    browser.report('first-contentful-paint');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.shown).toBe(true);
  });

  it('resolves a second after the commit when no paint is reported', async () => {
    paintObserver();
    const { AT_MOST_MS, FirstPaintSignal, state } = await freshSignal();
    render(<FirstPaintSignal />);
    await vi.advanceTimersByTimeAsync(AT_MOST_MS - 1);
    expect(state.shown).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.shown).toBe(true);
  });

  it('without paint timing, resolves once the frame after the commit has painted', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const { FirstPaintSignal, state } = await freshSignal();
    render(<FirstPaintSignal />);
    expect(state.shown).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(state.shown).toBe(true);
  });
});
