// The sandbox's demo data, as e2e journeys rely on it (see sandbox/README.md).
export const DEMO = {
  email: 'demo@example.com',
  password: 'demo-password',
  number: '8583715117',
  failingNumber: '5550000000',
} as const;

/** This run's sandbox (see playwright.config.ts), for its developer helpers such as /dev/inbound. */
export const SANDBOX_URL = process.env.E2E_SANDBOX_URL ?? 'http://localhost:4010';
