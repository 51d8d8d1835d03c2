import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Path → [content type, body]. */
export type Files = Readonly<Record<string, readonly [string, string]>>;

/** Serves fixed in-memory files on 127.0.0.1 (a free port); everything else is a 404. */
export async function serveFiles(
  files: Files,
): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!file) {
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': `${file[0]}; charset=utf-8` }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
