// The sandbox's demo data, as e2e journeys rely on it (see sandbox/README.md).
export const DEMO = {
  email: 'demo@example.com',
  password: 'demo-password',
  number: '8583715117',
  failingNumber: '5550000000',
  sandbox: 'http://localhost:4010',
} as const;
