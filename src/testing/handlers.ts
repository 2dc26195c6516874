// Handlers every test gets: the runtime configuration. Feature tests add the calls they exercise.
import { http, HttpResponse } from 'msw';

import { testConfig } from '@/testing/config';

export const baseHandlers = [http.get('*/config.json', () => HttpResponse.json(testConfig))];
