import type { IndicatorsReport } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import type { FeedLookup } from '../src/format/feed-lookup.js';
import { formatReportText } from '../src/format/report-text.js';
import { REPORT } from './report-fixture.js';

/** The table line that starts with `key`. */
function row(text: string, key: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`${key} `));
  if (line === undefined) throw new Error(`no line for ${key} in\n${text}`);
  return line;
}

const lookup: FeedLookup = {
  indicator: (id) =>
    id === 'participants-women-share'
      ? { name: 'Share of women', kind: 'ratio' }
      : { name: id, kind: 'count' },
  activity: (id) =>
    id === 'sm-training-2022-11' ? { name: '<b>Souss-Massa</b> training & co' } : undefined,
};

describe('formatReportText', () => {
  it('starts with the asOf line and has the three sections', () => {
    const text = formatReportText(REPORT);
    expect(text.split('\n')[0]).toBe('As of 2024-05-31');
    for (const title of ['Indicators', 'Parity', 'Data-quality flags']) {
      expect(text).toContain(`\n${title}`);
    }
  });

  it('shows actual, target, completion, expected and status per indicator', () => {
    const line = row(formatReportText(REPORT), 'fund-completion');
    expect(line).toMatch(/63\s+May 2024\s+100\s+63%\s+92\s+off track/);
    expect(line).toContain('(sources disagree)');
  });

  it('marks synthetic figures and adds a note', () => {
    const text = formatReportText(REPORT);
    expect(row(text, 'baom-footfall')).toMatch(/12,345 .*no data\s+\(synthetic\)$/);
    expect(text).toContain('Note: figures marked (synthetic) are generated demonstration data');
    const real = { ...REPORT, indicators: REPORT.indicators.slice(0, 1) };
    expect(formatReportText(real)).not.toContain('synthetic');
  });

  it('shows an unknown number as a dash, never as 0', () => {
    const line = row(formatReportText(REPORT), 'baom-footfall');
    expect(line).toContain('—');
    expect(line).not.toMatch(/\s0\s/);
  });

  it('prints ratio indicators as percentages and qualifies approximate values', () => {
    const line = row(formatReportText(REPORT, { lookup }), 'participants-women-share');
    expect(line).toContain('≈ 37%');
  });

  it('shows parity per activity: women, men, share, status and basis', () => {
    const text = formatReportText(REPORT, { lookup });
    expect(row(text, 'sm-training-2022-11')).toMatch(
      /11\s+29\s+27.5%\s+50%\s+below parity\s+counts by sex/,
    );
    expect(row(text, 'or-training-2022-10')).toMatch(
      /—\s+—\s+37%\s+50%\s+below parity\s+reported share/,
    );
    expect(row(text, 'no-breakdown')).toMatch(/unknown\s+no breakdown/);
  });

  it('prints names with markup verbatim', () => {
    const text = formatReportText(REPORT, { lookup });
    expect(row(text, 'sm-training-2022-11')).toContain('<b>Souss-Massa</b> training & co');
  });

  it('lists flags with code and message', () => {
    expect(row(formatReportText(REPORT), 'conflicting-sources')).toContain(
      'fund-completion 2024-05: sources disagree (63, 60)',
    );
  });

  it('says so when a section is empty', () => {
    const empty: IndicatorsReport = {
      asOf: '2024-05-31',
      later: [],
      indicators: [],
      parity: [],
      flags: [],
    };
    expect(formatReportText(empty).match(/\(none\)/g)).toHaveLength(3);
  });

  it('speaks French with --lang fr, numbers included', () => {
    const text = formatReportText(REPORT, { lang: 'fr', lookup });
    expect(text.split('\n')[0]).toBe('Situation au 2024-05-31');
    expect(row(text, 'fund-completion')).toMatch(/63\s+mai 2024\s+100\s+63\s%\s+92\s+en retard/);
    // fr-MA, as the widgets and the dashboard write it.
    expect(row(text, 'baom-footfall')).toContain('12.345');
    expect(row(text, 'sm-training-2022-11')).toContain('27,5\u00a0%');
    expect(text).toContain('(synthétique)');
  });
});

describe('a summed figure in the text report', () => {
  it('names the first and last period it adds up, not only the last one', () => {
    const sum = {
      ...REPORT,
      indicators: [
        {
          ...REPORT.indicators[1]!,
          actual: 3059,
          actualPeriod: '2024-08',
          reading: {
            value: 3059,
            bound: 'exact' as const,
            span: { start: '2021-05', end: '2024-08' },
            sources: ['synthetic-register'],
            synthetic: true,
            suppressed: false,
          },
        },
      ],
    };
    expect(row(formatReportText(sum), 'baom-footfall')).toMatch(/3,059\s+May 2021 – August 2024\s/);
    expect(row(formatReportText(sum, { lang: 'fr' }), 'baom-footfall')).toMatch(
      /3\.059\s+mai 2021 – août 2024\s/,
    );
  });

  it('lists what a report at an earlier date left out, as later', () => {
    const text = formatReportText({
      ...REPORT,
      asOf: '2022-12-31',
      later: [
        { indicator: 'baom-footfall', count: 20, span: { start: '2023-01', end: '2024-08' } },
      ],
    });
    expect(text).toContain('Left out: observations after 2022-12-31');
    expect(row(text.slice(text.indexOf('Left out')), 'baom-footfall')).toMatch(
      /20\s+January 2023 – August 2024/,
    );
  });
});
