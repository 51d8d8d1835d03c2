import { readFileSync } from 'node:fs';
import { computeIndicators, parseFeed } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import { builtInFeedPath } from '../src/read-feed.js';
import { prim } from './run-cli.js';

/** The flags section of a text report, without the tables before it or the note after it. */
function flagsSection(stdout: string, title: string): string {
  const start = stdout.indexOf(title);
  expect(start).toBeGreaterThan(-1);
  const end = stdout.indexOf('\nNote', start);
  return stdout.slice(start, end < 0 ? undefined : end);
}

function builtInReport() {
  const parsed = parseFeed(readFileSync(builtInFeedPath(), 'utf8'));
  if (!parsed.ok) throw new Error('the built-in feed does not parse');
  return computeIndicators(parsed.feed);
}

describe('prim indicators: data-quality flags', () => {
  it('--lang fr says each flag in French: its kind, then the sentence the dashboard shows', async () => {
    const r = await prim(['indicators', '--lang', 'fr']);
    expect(r.status).toBe(0);
    const flags = flagsSection(r.stdout, 'Alertes de qualité des données');
    // The fund's conflicting totals: each figure with its place, in French words.
    expect(flags).toMatch(
      /^Sources en désaccord +Projets financés[^\n]*: les sources ne concordent pas — 27 \(Souss-Massa, [^)]*\), 36 \(Oriental, [^)]*\), 60 \(ensemble du programme\)\.$/m,
    );
    expect(flags).toMatch(
      /^Données anciennes +Candidatures reçues, .* 659 jours avant le 13 décembre 2024/m,
    );
    // No English message of the model, and no English code, is left in the French table.
    const { flags: model } = builtInReport();
    expect(model.length).toBeGreaterThan(0);
    for (const flag of model) {
      expect(flags).not.toContain(flag.message);
      expect(flags).not.toMatch(new RegExp(`^${flag.code} `, 'm'));
    }
    expect(flags).not.toMatch(/\b(the|sources disagree|without a breakdown|stale after)\b/);
  });

  it('--json is the model’s report as it is: stable codes and English messages, in any --lang', async () => {
    const plain = await prim(['indicators', '--json']);
    const french = await prim(['indicators', '--json', '--lang', 'fr']);
    expect(plain.status).toBe(0);
    expect(french.stdout).toBe(plain.stdout);
    const report = JSON.parse(plain.stdout) as ReturnType<typeof builtInReport>;
    expect(report).toEqual(JSON.parse(JSON.stringify(builtInReport())));
    const fund = report.flags.find(
      (f) => f.code === 'conflicting-sources' && f.indicator === 'fund-completion',
    );
    expect(fund?.message).toContain('the cumulative total falls from 63');
  });

  it('--lang en keeps the stable code and the model’s message, which names its sources', async () => {
    const r = await prim(['indicators']);
    expect(r.status).toBe(0);
    expect(flagsSection(r.stdout, 'Data-quality flags')).toMatch(
      /^conflicting-sources +fund-completion, .*the cumulative total falls from 63 \(F44 \+ F31\) to 60 \(F63\)\.$/m,
    );
  });
});
