/**
 * For the Node tests that drive the built embed bundle in a real Chromium (network faults,
 * stress, hostile host): the run's shared browser, and a local server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export { sharedChromium } from '../../../test/shared-chromium.js';

export interface TestServer {
  readonly base: string;
  close(): Promise<void>;
}

/** Serves `handle` on 127.0.0.1 at a free port; the favicon request gets a quiet 204. */
export async function serve(
  handle: (req: IncomingMessage, res: ServerResponse, path: string) => void,
): Promise<TestServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') res.writeHead(204).end();
    else handle(req, res, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends a whole body with its content type (UTF-8) and no caching. */
export function send(
  res: ServerResponse,
  type: string,
  body: string,
  status = 200,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}
