import { describe, expect, it } from 'vitest';
import { fixtureFeed, prim, tempFile } from './run-cli.js';

/** The fixture with one observation in error: the rest of the feed is still usable. */
function partlyBadFeed(): string {
  const feed = fixtureFeed();
  feed.observations[2] = { ...feed.observations[2], value: -1 };
  return tempFile(JSON.stringify(feed));
}

describe('a feed with errors: each command says what it did with it', () => {
  it('indicators and render use the valid part, say so on stderr, exit 1', async () => {
    const path = partlyBadFeed();
    const indicators = await prim(['indicators', path, '--json']);
    expect(indicators.status).toBe(1);
    expect(indicators.stderr).toContain(`${path}: error: $.observations[2].value`);
    expect(indicators.stderr).toContain(
      `prim indicators: computed on the valid part of ${path} only (the items in error were left out)\n`,
    );
    const render = await prim(['render', 'parity', '--feed', path]);
    expect(render.status).toBe(1);
    expect(render.stdout).toMatch(/^<svg/);
    expect(render.stderr).toContain(`${path}: error: $.observations[2].value`);
    expect(render.stderr).toContain(`prim render: drawn from the valid part of ${path} only\n`);
  });

  it('nothing usable: each command says it did nothing, stdout stays empty, exit 1', async () => {
    const path = tempFile('[]');
    const indicators = await prim(['indicators', path]);
    expect(indicators.status).toBe(1);
    expect(indicators.stdout).toBe('');
    expect(indicators.stderr).toContain(
      `prim indicators: ${path} is not a usable feed; nothing computed\n`,
    );
    const render = await prim(['render', 'parity', '--feed', path]);
    expect(render.status).toBe(1);
    expect(render.stdout).toBe('');
    expect(render.stderr).toContain(
      `prim render: ${path} is not a usable feed; nothing rendered\n`,
    );
  });
});
