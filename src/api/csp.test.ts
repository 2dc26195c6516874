import { describe, expect, it } from 'vitest';

import { originsBlockedByPolicy } from '@/api/csp';

const page = 'http://localhost:4173/sign-in';
const api = ['http://localhost:4010/auth', 'http://localhost:4010/ssp'];

describe('originsBlockedByPolicy', () => {
  it('names the API origins connect-src leaves out, once each', () => {
    const policy = "default-src 'self'; connect-src 'self' http://localhost:4010; img-src 'self'";
    expect(originsBlockedByPolicy(policy, api, page)).toEqual([]);
    expect(originsBlockedByPolicy(policy, ['http://127.0.0.1:4010/auth', 'http://127.0.0.1:4010/ssp'], page)).toEqual([
      'http://127.0.0.1:4010',
    ]);
    expect(originsBlockedByPolicy(policy, ['http://localhost:4011/auth'], page)).toEqual(['http://localhost:4011']);
    expect(originsBlockedByPolicy(policy, ['https://localhost:4010/auth'], page)).toEqual([]);
  });

  it('reads default-src without connect-src, and allows everything without either or without a policy', () => {
    expect(originsBlockedByPolicy("default-src 'self'", api, page)).toEqual(['http://localhost:4010']);
    expect(originsBlockedByPolicy("default-src 'none'", api, 'http://localhost:4010/')).toEqual([
      'http://localhost:4010',
    ]);
    expect(originsBlockedByPolicy("default-src 'self'", api, 'http://localhost:4010/')).toEqual([]);
    expect(originsBlockedByPolicy("img-src 'self'", api, page)).toEqual([]);
    expect(originsBlockedByPolicy(null, api, page)).toEqual([]);
  });

  it('understands schemes, wildcards, ports and paths', () => {
    const ringplan = ['https://b2clogin.dev.ringplan.com', 'https://ssp-backend.dev.ringplan.com'];
    expect(originsBlockedByPolicy('connect-src https:', ringplan, page)).toEqual([]);
    expect(originsBlockedByPolicy('connect-src *', ringplan, page)).toEqual([]);
    expect(originsBlockedByPolicy('connect-src https://*.ringplan.com', ringplan, page)).toEqual([]);
    expect(originsBlockedByPolicy('connect-src b2clogin.dev.ringplan.com', ringplan, page)).toEqual([
      'https://ssp-backend.dev.ringplan.com',
    ]);
    expect(
      originsBlockedByPolicy(
        'connect-src https://b2clogin.dev.ringplan.com:443/auth/ https://ssp-backend.dev.ringplan.com:8443',
        ringplan,
        page,
      ),
    ).toEqual(['https://ssp-backend.dev.ringplan.com']);
    expect(originsBlockedByPolicy('connect-src http://localhost:*', api, page)).toEqual([]);
    expect(originsBlockedByPolicy("connect-src 'none'", api, page)).toEqual(['http://localhost:4010']);
  });
});
