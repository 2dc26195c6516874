// MSW's `http`, typed against the generated schema: a handler for a path or a body the contract does
// not have fails to compile.
import { createOpenApiHttp } from 'openapi-msw';

import type { paths as AuthPaths } from '@/api/schema/auth';
import type { paths as SspPaths } from '@/api/schema/ssp';
import { testConfig } from '@/testing/config';

export const sspHttp = createOpenApiHttp<SspPaths>({ baseUrl: testConfig.sspBaseUrl });
export const authHttp = createOpenApiHttp<AuthPaths>({ baseUrl: testConfig.authBaseUrl });
