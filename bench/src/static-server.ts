import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Path → [content type, body]. */
export type Files = Readonly<Record<string, readonly [string, string]>>;

type Encoding = 'br' | 'gzip';

/**
 * Serves fixed in-memory files on 127.0.0.1 (a free port); everything else is a 404. Bodies
 * are compressed as a web server compresses them (brotli, else gzip, as the browser asks),
 * once each: over a throttled network the compressed bytes are what a reader waits for.
 */
export async function serveFiles(
  files: Files,
): Promise<{ base: string; close: () => Promise<void> }> {
  // Compressed before the server starts, so that no timed request waits for it.
  const compressed = new Map(
    Object.entries(files).map(([path, [, text]]) => {
      const raw = Buffer.from(text, 'utf8');
      return [path, { br: brotliCompressSync(raw), gzip: gzipSync(raw, { level: 9 }) }] as const;
    }),
  );
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    if (!file) {
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding: Encoding | undefined = /\bbr\b/.test(accepted)
      ? 'br'
      : /\bgzip\b/.test(accepted)
        ? 'gzip'
        : undefined;
    const headers = { 'Content-Type': `${file[0]}; charset=utf-8`, Vary: 'Accept-Encoding' };
    if (!encoding) res.writeHead(200, headers).end(file[1]);
    else {
      res
        .writeHead(200, { ...headers, 'Content-Encoding': encoding })
        .end(compressed.get(path)?.[encoding]);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
