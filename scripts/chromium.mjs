// Which Chromium the browser tests drive: Playwright's own build when it is installed, else the
// system's (Debian's package installs it at /usr/bin/chromium).
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function chromiumExecutable() {
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own.
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return null;
}
