import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureFeed, prim, tempFile } from './run-cli.js';

describe('prim publish', () => {
  it('writes NAME.views.json beside a copy of the feed, with the hash of its bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prim-publish-'));
    const r = await prim(['publish', FIXTURE, '-o', join(dir, 'public')]);
    expect(r.status).toBe(0);
    const feed = readFileSync(join(dir, 'public', basename(FIXTURE)));
    expect(feed.equals(readFileSync(FIXTURE))).toBe(true);
    const views = JSON.parse(readFileSync(join(dir, 'public', 'mini.views.json'), 'utf8'));
    expect(views.format).toBe('prim-views/1');
    expect(views.feedSha256).toBe(createHash('sha256').update(feed).digest('hex'));
    expect(views.head.observations).toEqual([]);
    expect(r.stderr).toMatch(/mini\.views\.json and \d+ parts of it \(views as of/);
  });

  it('writes the views in parts too, each a subset of the whole with the same hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prim-publish-'));
    expect((await prim(['publish', FIXTURE, '-o', dir])).status).toBe(0);
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const { observations, ...whole } = read('mini.views.json');
    expect(read('mini.views.base.json')).toEqual({ ...whole, footfall: {} });
    expect(read('mini.views.table.json')).toEqual({ ...whole, footfall: {}, observations });
    const footfall = read('mini.views.footfall-none.json');
    expect(footfall).toEqual({ ...whole, footfall: { none: whole.footfall.none } });
    expect(read('mini.views.footfall-commune-multiples.json').footfall).toEqual({
      'commune/multiples': whole.footfall['commune/multiples'],
    });
  });

  it('writes beside the feed without -o', async () => {
    const path = tempFile(readFileSync(FIXTURE, 'utf8'), 'x.feed.json');
    expect((await prim(['publish', path])).status).toBe(0);
    expect(existsSync(join(dirname(path), 'x.views.json'))).toBe(true);
  });

  it('publishes nothing for an invalid feed, and exits 1 naming the error', async () => {
    const feed = fixtureFeed();
    feed.observations[3] = { ...feed.observations[3], value: -1 };
    const path = tempFile(JSON.stringify(feed));
    const r = await prim(['publish', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('$.observations[3].value');
    expect(r.stderr).toContain('nothing written');
    expect(existsSync(join(dirname(path), 'feed.views.json'))).toBe(false);
  });
});
