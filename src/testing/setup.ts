import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { resetClients } from '@/api/clients';
import { setConfig } from '@/api/config';
import { sessionStore } from '@/api/session-store';
import { resetToasts } from '@/components/notify';
import { testConfig } from '@/testing/config';
import { server } from '@/testing/server';

// Lazy chunks and MUI transitions can take over a second on a loaded two-core machine.
configure({ asyncUtilTimeout: 4000 });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  setConfig(testConfig);
  resetClients();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
  sessionStore.reset();
  resetToasts();
});

afterAll(() => {
  server.close();
});
