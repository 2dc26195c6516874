// The configuration unit tests run with; MSW handlers answer at these origins.
import type { RuntimeConfig } from '@/api/config';

export const testConfig: RuntimeConfig = {
  environment: 'sandbox',
  authBaseUrl: 'http://auth.test',
  sspBaseUrl: 'http://ssp.test',
  clientId: 'ringplan-portal',
};
