import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetClients } from '@/api/clients';
import { setConfig } from '@/api/config';
import { resetToasts } from '@/components/notify';
import { sessionStore } from '@/api/session-store';
import { testConfig } from '@/testing/config';
import { server } from '@/testing/server';

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
