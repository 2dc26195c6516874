// The MSW server every unit test shares. Tests add their own handlers with `server.use(...)`;
// a request nobody handles fails the test.
import { setupServer } from 'msw/node';

import { baseHandlers } from '@/testing/handlers';

export const server = setupServer(...baseHandlers);
