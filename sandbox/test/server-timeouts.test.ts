// A client that sends half a request is dropped within seconds, with the options main.ts serves with.
import { connect } from 'node:net';

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { expect, it } from 'vitest';

import { SERVER_OPTIONS } from '../src/http/server-options.js';

import type { AddressInfo } from 'node:net';

it('drops a request whose headers never finish after about 10 seconds', async () => {
  const app = new Hono().get('/', (c) => c.text('ok'));
  const server = serve({ fetch: app.fetch, port: 0, serverOptions: SERVER_OPTIONS });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
      let received = '';
      socket.on('data', (d: Buffer) => (received += d.toString()));
      socket.on('close', () => resolve(received));
    });
    const seconds = (Date.now() - started) / 1000;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(seconds).toBeGreaterThanOrEqual(9);
    expect(seconds).toBeLessThan(13);
  } finally {
    server.close();
  }
}, 20_000);
