import { CacheProvider } from '@emotion/react';
import { Box } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { forgetUserData } from '@/api/user-data';
import { keepStartSnapshot, saveStartSnapshot, START_SNAPSHOT_KEY, type StartSnapshot } from '@/app/start-snapshot';
import { styleCache } from '@/app/theme/style-cache';
import { theme } from '@/app/theme/theme';
import { fakeTokenPair } from '@/testing/tokens';

const saved = () => JSON.parse(localStorage.getItem(START_SNAPSHOT_KEY) ?? 'null') as StartSnapshot | null;

function showPage(path: string, body: string) {
  window.history.replaceState(null, '', path);
  document.body.innerHTML = `<div id="root"><main>${body}</main></div>`;
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('the start snapshot', () => {
  it("keeps the signed-in user's page per address, with its markup escaped", () => {
    sessionStore.get().signedIn(fakeTokenPair());
    showPage('/texting', '<p></p>');
    document.querySelector('p')!.textContent = '<img src=x onerror=alert(1)>';
    saveStartSnapshot();
    const page = saved()?.pages['/texting'];
    expect(saved()?.user).toBe('demo@example.com');
    expect(page?.html).toBe('<main><p>&lt;img src=x onerror=alert(1)&gt;</p></main>');
    expect(page?.wide).toBe(window.innerWidth >= 900);
  });

  it('records how far a list was scrolled, for the painter to restore', () => {
    sessionStore.get().signedIn(fakeTokenPair());
    showPage('/texting/1', '<div class="thread"></div>');
    document.querySelector<HTMLElement>('.thread')!.scrollTop = 0;
    Object.defineProperty(document.querySelector('.thread'), 'scrollTop', { value: 640 });
    saveStartSnapshot();
    expect(saved()?.pages['/texting/1']?.html).toContain('data-snapshot-scroll="640"');
    // The page itself is left as it was.
    expect(document.querySelector('.thread')!.hasAttribute('data-snapshot-scroll')).toBe(false);
  });

  it('saves nothing signed out, while a page is loading, or over the snapshot itself', () => {
    showPage('/texting', '<p>Inbox</p>');
    saveStartSnapshot();
    expect(saved()).toBeNull();

    sessionStore.get().signedIn(fakeTokenPair());
    showPage('/texting', '<span class="MuiCircularProgress-root" role="progressbar"></span>');
    saveStartSnapshot();
    expect(saved()).toBeNull();

    showPage('/texting', '<p>Inbox</p>');
    document.body.insertAdjacentHTML('afterbegin', '<div id="start-snapshot"></div>');
    saveStartSnapshot();
    expect(saved()).toBeNull();
  });

  it('keeps the four addresses seen last, and only the current user’s', () => {
    sessionStore.get().signedIn(fakeTokenPair());
    for (const path of ['/texting', '/contacts', '/meet', '/account', '/texting/2']) {
      showPage(path, `<h1>${path}</h1>`);
      saveStartSnapshot();
    }
    expect(Object.keys(saved()?.pages ?? {}).sort()).toEqual(['/account', '/contacts', '/meet', '/texting/2']);

    // Left by someone else (a session that ended without signing out): replaced, not added to.
    localStorage.setItem(START_SNAPSHOT_KEY, JSON.stringify({ ...saved(), user: 'someone@else.example' }));
    showPage('/meet', '<h1>Meet</h1>');
    saveStartSnapshot();
    expect(Object.keys(saved()?.pages ?? {})).toEqual(['/meet']);
    expect(saved()?.user).toBe('demo@example.com');
  });

  it('is forgotten when the user signs out', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    showPage('/texting', '<p>Inbox</p>');
    saveStartSnapshot();
    expect(saved()).not.toBeNull();
    await forgetUserData();
    expect(saved()).toBeNull();
    // Signed in again, the same page is saved again.
    saveStartSnapshot();
    expect(saved()?.pages['/texting']?.html).toBe('<main><p>Inbox</p></main>');
  });

  it('saves the styles as written, shorthands with variables included', () => {
    sessionStore.get().signedIn(fakeTokenPair());
    render(
      <CacheProvider value={styleCache}>
        <ThemeProvider theme={theme}>
          <Box component="main" sx={{ p: 2, pb: 1 }}>
            Inbox
          </Box>
        </ThemeProvider>
      </CacheProvider>,
      { container: document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' })) },
    );
    saveStartSnapshot();
    const css = saved()?.pages['/']?.css ?? '';
    expect(css).toMatch(/padding:calc\(2 \* var\(--mui-spacing/);
    expect(css).toMatch(/padding-bottom:var\(--mui-spacing/);
  });
});

describe('keeping the start snapshot', () => {
  it('saves 10 s after the start, soon on a new address, then at most every 30 s while a polled page changes the cache', () => {
    vi.useFakeTimers();
    try {
      sessionStore.get().signedIn(fakeTokenPair());
      const listeners = new Set<() => void>();
      const stop = keepStartSnapshot((listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      });
      const cacheChanged = () => {
        for (const listener of listeners) listener();
      };
      const savedHtml = () => saved()?.pages[window.location.pathname]?.html;

      // Not in the start's first seconds.
      showPage('/texting', '<p>first</p>');
      cacheChanged();
      vi.advanceTimersByTime(9999);
      expect(saved()).toBeNull();
      vi.advanceTimersByTime(1);
      expect(savedHtml()).toBe('<main><p>first</p></main>');

      // The same page polled: the next save waits out the 30 s.
      document.querySelector('p')!.textContent = 'second';
      cacheChanged();
      vi.advanceTimersByTime(20_000);
      expect(savedHtml()).toBe('<main><p>first</p></main>');
      vi.advanceTimersByTime(10_000);
      expect(savedHtml()).toBe('<main><p>second</p></main>');

      // Another address is saved 2 s after its first change, whatever was pending.
      cacheChanged();
      showPage('/contacts', '<p>contacts</p>');
      cacheChanged();
      vi.advanceTimersByTime(2000);
      expect(savedHtml()).toBe('<main><p>contacts</p></main>');

      // Leaving the tab saves at once.
      document.querySelector('p')!.textContent = 'left';
      window.dispatchEvent(new Event('pagehide'));
      expect(savedHtml()).toBe('<main><p>left</p></main>');
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
