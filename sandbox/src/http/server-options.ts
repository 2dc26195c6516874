// The Node server's timeouts: a half-sent request is dropped in seconds, not held for minutes.
// Headers must arrive within 10 s and a whole request (a 5 MB upload included) within 30 s; Node
// checks open connections against them every second (its default is every 30 s).
import type { ServerOptions } from 'node:http';

export const SERVER_OPTIONS: ServerOptions = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  connectionsCheckingInterval: 1_000,
};
