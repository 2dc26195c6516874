import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { getConfig, loadConfig, logoutUrl, parseConfig, passwordChangeUrl, setConfig } from '@/api/config';
import { server } from '@/testing/server';

describe('the runtime configuration', () => {
  it('loads /config.json and trims trailing slashes from base URLs', async () => {
    server.use(
      http.get('*/config.json', () =>
        HttpResponse.json({
          environment: 'ringplan',
          authBaseUrl: 'https://b2clogin.dev.ringplan.com/',
          sspBaseUrl: 'https://ssp-backend.dev.ringplan.com//',
          clientId: 'portal',
        }),
      ),
    );
    await loadConfig('http://app.test/config.json');
    expect(getConfig()).toEqual({
      environment: 'ringplan',
      authBaseUrl: 'https://b2clogin.dev.ringplan.com',
      sspBaseUrl: 'https://ssp-backend.dev.ringplan.com',
      clientId: 'portal',
    });
  });

  it('names every field that is wrong', () => {
    expect(parseConfig({ environment: 'prod', authBaseUrl: 'ftp://x', sspBaseUrl: 42 })).toEqual({
      problems: [
        '"environment" must be "sandbox" or "ringplan"',
        '"authBaseUrl" must be an http(s) URL',
        '"sspBaseUrl" must be an http(s) URL',
        '"clientId" must be a non-empty string',
      ],
    });
  });

  it('takes the sign-out and change-password addresses from the file, or under authBaseUrl', () => {
    const base = {
      environment: 'ringplan',
      authBaseUrl: 'https://auth.example/',
      sspBaseUrl: 'https://ssp.example',
      clientId: 'portal',
    } as const;
    setConfig(base);
    expect(logoutUrl()).toBe('https://auth.example/logout');
    expect(passwordChangeUrl()).toBe('https://auth.example/change-password');
    setConfig({
      ...base,
      logoutUrl: 'https://login.example/oauth2/logout',
      passwordChangeUrl: 'https://login.example/password',
    });
    expect(logoutUrl()).toBe('https://login.example/oauth2/logout');
    expect(passwordChangeUrl()).toBe('https://login.example/password');
    expect(parseConfig({ ...base, logoutUrl: 'javascript:alert(1)', passwordChangeUrl: 7 })).toEqual({
      problems: ['"logoutUrl" must be an http(s) URL when set', '"passwordChangeUrl" must be an http(s) URL when set'],
    });
  });

  it("names an API origin the page's security policy does not allow, instead of failing later as a network error", async () => {
    const config = {
      environment: 'sandbox',
      authBaseUrl: 'http://127.0.0.1:4010/auth',
      sspBaseUrl: 'http://127.0.0.1:4010/ssp',
      clientId: 'portal',
    };
    const served = (policy: string) =>
      server.use(
        http.get('*/config.json', () => HttpResponse.json(config, { headers: { 'content-security-policy': policy } })),
      );
    served("default-src 'self'; connect-src 'self' http://localhost:4010");
    await expect(loadConfig('http://app.test/config.json')).rejects.toThrow(
      "This build's security policy does not allow http://127.0.0.1:4010, the API of its configuration (http://app.test/config.json): update the Content-Security-Policy",
    );
    served("default-src 'self'; connect-src 'self' http://127.0.0.1:4010");
    await expect(loadConfig('http://app.test/config.json')).resolves.toMatchObject({
      authBaseUrl: 'http://127.0.0.1:4010/auth',
    });
  });

  it('says so when the file cannot be loaded', async () => {
    server.use(http.get('*/config.json', () => new HttpResponse(null, { status: 404 })));
    await expect(loadConfig('http://app.test/config.json')).rejects.toThrow(/could not be loaded: HTTP 404/);
  });
});
