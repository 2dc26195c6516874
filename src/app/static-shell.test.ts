// The bar index.html paints while the app's code downloads is a skeleton: no text and no image, so the
// first contentful paint is the app's own first render (docs/decisions.md, "Build, 2026-12-07").
import { describe, expect, it } from 'vitest';

import indexHtml from '/index.html?raw';

describe("index.html's static shell", () => {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  const root = page.getElementById('root');

  it('paints a bar that holds no text, image or drawing', () => {
    expect(root?.querySelector('.shell-bar')).not.toBeNull();
    expect(root?.textContent.trim()).toBe('');
    expect(root?.querySelector('img, svg, canvas, video, picture')).toBeNull();
  });

  it('names itself to assistive technology as loading', () => {
    const bar = root?.querySelector('.shell-bar');
    expect(bar?.getAttribute('role')).toBe('progressbar');
    expect(bar?.getAttribute('aria-label')).toBe('Loading RingPlan');
  });
});
