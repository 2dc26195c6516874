// A throwaway self-signed certificate for localhost, for serving the build over TLS and HTTP/2 on this
// machine (`npm run bench`, the nginx journey). Browsers accept it only when told to ignore certificate
// errors, which is why it is never used anywhere else.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Writes localhost.pem and localhost-key.pem into `dir` and returns their paths. */
export function localCertificate(dir) {
  mkdirSync(dir, { recursive: true });
  const cert = join(dir, 'localhost.pem');
  const key = join(dir, 'localhost-key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}
