// Fails early, and says how to fix it, when there is no Chromium for the browser tests.
import { chromiumExecutable, SYSTEM_CHROMIUM } from './chromium.mjs';

if (chromiumExecutable() === null) {
  console.error(
    `No Chromium found for the browser tests (neither Playwright's own nor ${SYSTEM_CHROMIUM}).\n` +
      'On Debian or Ubuntu install one with:\n\n    apt-get install -y chromium\n',
  );
  process.exit(1);
}
