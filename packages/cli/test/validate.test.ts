import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureFeed, prim, primProcess, tempFile } from './run-cli.js';

describe('prim validate', () => {
  it('exits 0 with a one-line summary of a valid feed', async () => {
    const r = await prim(['validate', FIXTURE]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain(
      'valid prim-feed/1, 3 indicators, 5 observations, 2 sources, 0 warnings',
    );
    expect(r.stderr).toBe('');
  });

  it('validates the built-in PRIM feed when no FEED is given', async () => {
    const r = await prim(['validate']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/feeds\/prim\.feed\.json: valid prim-feed\/1, \d+ indicators/);
  });

  it('exits 1 and names the JSON path of each error', async () => {
    const feed = fixtureFeed();
    feed.observations[3] = { ...feed.observations[3], value: -1 };
    const r = await prim(['validate', tempFile(JSON.stringify(feed))]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'error: $.observations[3].value: expected a number ≥ 0, got the number -1',
    );
    expect(r.stdout).toMatch(/invalid, 1 error, 0 warnings\n$/);
  });

  it('exits 1 on figures that cannot all be true, each with its JSON path', async () => {
    const feed = fixtureFeed();
    feed.observations[0] = {
      ...feed.observations[0],
      value: undefined,
      numerator: 9,
      denominator: 4,
    };
    feed.observations[2] = { ...feed.observations[2], region: 'oriental' };
    const r = await prim(['validate', tempFile(JSON.stringify(feed))]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'error: $.observations[0].numerator: the numerator (9) exceeds the denominator (4)',
    );
    expect(r.stdout).toContain(
      'error: $.observations[2].region: commune "tiznit" is in region "souss-massa", not "oriental"',
    );
  });

  it('marks unknown fields as warnings, and a feed with only warnings is valid', async () => {
    const feed = { ...fixtureFeed(), colour: 'green' };
    const r = await prim(['validate', tempFile(JSON.stringify(feed))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('warning: $: unknown field "colour"');
    expect(r.stdout).toContain('1 warning');
  });

  // Through a real pipe into the executable: main.ts's reading of standard input.
  it('reads standard input when FEED is -', () => {
    const ok = primProcess(['validate', '-'], JSON.stringify(fixtureFeed()));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^standard input: valid/);
  });

  it('says where broken JSON on standard input is wrong', () => {
    const bad = primProcess(['validate', '-'], '{"schema": "prim-feed/1"');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('error: $: not valid JSON');
  });

  // Files are parsed from their bytes by chunks of observations (parseFeedBytes), standard
  // input from its text: the same findings, wherever a chunk ends.
  it('reads a large file as bytes, with the findings it has as standard input', async () => {
    const feed = fixtureFeed();
    const base = feed.observations;
    feed.observations = Array.from({ length: 3000 }, (_, i) => ({
      ...base[i % base.length],
      note: `ملاحظة "${i}" \\ },{ ]`,
    }));
    feed.observations[2500] = { ...feed.observations[2500], value: -1 };
    const text = `\uFEFF${JSON.stringify(feed)}`;
    const fromFile = await prim(['validate', tempFile(text)]);
    const fromStdin = await prim(['validate', '-'], text);
    expect(fromFile.status).toBe(1);
    expect(fromFile.stdout).toContain(
      'error: $.observations[2500].value: expected a number ≥ 0, got the number -1',
    );
    const findings = (out: string) => out.split('\n').slice(0, -2);
    expect(findings(fromFile.stdout)).toEqual(findings(fromStdin.stdout));
    expect(findings(fromFile.stdout).length).toBeGreaterThan(0);
  });

  it('exits 1 and says "empty" for an empty file', async () => {
    const r = await prim(['validate', tempFile('')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('empty');
  });

  it('exits 2 naming the file and the system error when the file cannot be read', async () => {
    const missing = await prim(['validate', '/nonexistent/prim.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('/nonexistent/prim.json');
    expect(missing.stderr).toContain('no such file or directory (ENOENT)');
    expect(missing.stdout).toBe('');

    const dir = await prim(['validate', tempFile('{}').replace(/feed\.json$/, '')]);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('EISDIR');
  });

  it('prints hostile strings verbatim as text, and never a stack trace', async () => {
    const feed = fixtureFeed();
    feed.observations[0] = { ...feed.observations[0], value: '<img src=x onerror=alert(1)>' };
    const r = await prim(['validate', tempFile(JSON.stringify(feed))]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '$.observations[0].value: expected number, got the string "<img src=x onerror=alert(1)>"',
    );
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
