// The suite's `test`: Playwright's, with one guard on every journey. The app is served with its
// Content-Security-Policy (the preview server sends it, as production does), and no page may trip it,
// not even with the error caught: the browser reports a blocked `new Function` probe all the same.
import { test as base, expect } from '@playwright/test';

declare global {
  interface Window {
    reportCspViolation?: (text: string) => void;
  }
}

export const test = base.extend<{ cspGuard: undefined }>({
  cspGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          window.reportCspViolation?.(
            `${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${String(event.lineNumber)}`,
          );
        });
      });
      await use(undefined);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
