/**
 * For the embed tests of published views: the PRIM feed, a republished copy with other
 * figures, their views, and a strict-CSP server of a set of files.
 */
import { readFileSync } from 'node:fs';
import { publishFeedBytes } from '@prim/indicators';
import { send, serve, type TestServer } from './chromium-server.js';
import type { Visit } from './embed-visit.js';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
export const FEED = readFileSync(new URL('../../indicators/feeds/prim.feed.json', import.meta.url));

/** The PRIM feed with one figure changed: what a republished feed without new views is. */
export function changedFeed(): Buffer {
  const feed = JSON.parse(FEED.toString('utf8')) as {
    observations: { indicator: string; value?: number }[];
  };
  for (const o of feed.observations) {
    if (o.indicator === 'fund-completion' && o.value !== undefined) o.value += 7;
  }
  return Buffer.from(JSON.stringify(feed));
}

/** The views `prim publish` writes for these feed bytes, as JSON. */
export async function viewsOf(bytes: Buffer): Promise<string> {
  const published = await publishFeedBytes(new Uint8Array(bytes));
  if (!published.ok) throw new Error('the feed does not publish');
  return JSON.stringify(published.views);
}

/** Serves path → [type, body] under a strict CSP, uncached; anything else is a 404. */
export function serveStrict(files: Record<string, [string, string | Buffer]>): Promise<TestServer> {
  return serve((_req, res, path) => {
    const file = files[path];
    if (!file) return send(res, 'text/plain', 'not found', 404);
    res.writeHead(200, {
      'Content-Type': `${file[0]}; charset=utf-8`,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': CSP,
    });
    res.end(file[1]);
  });
}

/** The page requested the validator and model chunk. */
export const usedModel = (v: Visit) => v.requests.some((path) => path.includes('full-model'));

/** The one console error a page without views may have: the browser's note of their 404. */
export const NOT_FOUND = /^Failed to load resource: .*404/;
