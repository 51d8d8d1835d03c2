/**
 * Sheets the way officers fill them in a spreadsheet application, read by the pure
 * workbook → feed mapping: what it accepts, and the problems it names by sheet, row, column.
 */
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/workbook/problem-messages.js';
import { type SheetIn, sheetsToFeed } from '../../src/workbook/sheets-to-feed.js';

/** Sheets from rows as typed; row numbers are the spreadsheet's (from 1). */
const sheet = (name: string, rows: string[][]): SheetIn => ({
  name,
  lines: rows.map((cells, i) => ({ row: i + 1, cells })),
});

function handFilled(overrides: Record<string, string[][]> = {}): SheetIn[] {
  const sheets: Record<string, string[][]> = {
    programme: [
      ['field', 'value'],
      ['id', 'oasis'],
      ['name_fr', 'Programme Oasis'],
      ['start', '01/01/2023'],
      ['end', '45657'], // 2024-12-31 as an Excel serial (the date format was lost)
      ['budget', '1 250 000,50'],
      ['currency', 'MAD'],
      ['regions', 'draa, sud'],
      ['as_of', ''],
    ],
    // A French header row under a merged title row, as officers make them.
    régions: [
      ['Régions du programme', '', ''],
      ['id', 'nom fr', 'nom ar'],
      ['draa', 'Drâa-Tafilalet', 'درعة تافيلالت'],
      ['sud', 'Sud', ''],
      ['', '', ''],
      ['', '', ''],
    ],
    indicators: [
      ['', 'Baseline', '', 'Target', ''],
      [
        'id',
        'baseline',
        'baseline_date',
        'target',
        'target_date',
        'name_fr',
        'kind',
        'aggregation',
        'cumulative',
      ],
      ['wells', '0', '2023-01-01', '40', '31/12/2024', 'Puits réhabilités', 'count', 'Sum', 'oui'],
      ['share-women', '', '', '0,5', '2024-12-31', 'Part des femmes', 'ratio', 'ratio', 'non'],
    ],
    observations: [
      ['indicator', 'period', 'value', 'numerator', 'denominator', 'sex', 'region', 'source'],
      ['wells', '2023', '12', '', '', '', 'draa', 'report'],
      ['wells', '2024-H1', '٢٠', '', '', '', 'draa', 'report'],
      ['share-women', '45474', '', '12', '30', '', 'draa', 'report'],
      ['', '', '', '', '', '', '', ''],
    ],
    sources: [
      ['id', 'title', 'kind'],
      ['report', 'Rapport annuel', 'document'],
    ],
    ...overrides,
  };
  return Object.entries(sheets).map(([name, rows]) => sheet(name, rows));
}

describe('building a feed from hand-filled sheets', () => {
  it('reads title rows, French headers, text numbers, decimal commas, serial and French dates', () => {
    const result = sheetsToFeed(handFilled());
    if (!result.ok)
      throw new Error(result.problems.map((p) => describeProblem(p, 'en')).join('\n'));
    const { feed, notices } = result;
    expect(feed.programme).toEqual({
      id: 'oasis',
      name: { fr: 'Programme Oasis' },
      start: '2023-01-01',
      end: '2024-12-31',
      budget: { amount: 1250000.5, currency: 'MAD' },
      regions: ['draa', 'sud'],
    });
    expect(feed.dimensions.region).toEqual([
      { id: 'draa', name: { fr: 'Drâa-Tafilalet', ar: 'درعة تافيلالت' } },
      { id: 'sud', name: { fr: 'Sud' } },
    ]);
    expect(feed.indicators[0]).toMatchObject({
      id: 'wells',
      aggregation: 'sum',
      cumulative: true,
      baseline: { value: 0, date: '2023-01-01' },
      target: { value: 40, date: '2024-12-31' },
    });
    expect(feed.indicators[1]).toMatchObject({ cumulative: false, target: { value: 0.5 } });
    expect(
      feed.observations.map((o) => [o.period, o.value ?? `${o.numerator}/${o.denominator}`]),
    ).toEqual([
      ['2023', 12],
      ['2024-H1', 20],
      ['2024-07-01', '12/30'],
    ]);
    // as_of left empty: the end of the latest observation, and the officer is told.
    expect(feed.asOf).toBe('2024-07-01');
    expect(notices.map((n) => describeProblem(n, 'fr'))).toEqual([
      'feuille programme, ligne 9, champ as_of : as_of est vide : le flux est daté du 2024-07-01, fin de la dernière observation',
    ]);
  });

  it('names every problem by sheet, spreadsheet row and column, in French, Arabic or English', () => {
    const result = sheetsToFeed(
      handFilled({
        observations: [
          ['Suivi mensuel'],
          ['indicator', 'period', 'value', 'region', 'source', 'synthetic'],
          ['wells', '2024-13', '12', 'draa', 'report', ''],
          ['wells', '2024', '12,5,0', 'draa', 'report', ''],
          ['wells', '2024', '3', 'atlantis', 'report', 'peut-être'],
          ['ghost', '2024', '3', 'draa', 'report', ''],
        ],
      }),
    );
    expect(result.ok).toBe(false);
    const en = result.ok ? [] : result.problems.map((p) => describeProblem(p, 'en'));
    expect(en).toEqual([
      'sheet observations, row 3, column period: "2024-13" is not a period (2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 or A/B)',
      'sheet observations, row 4, column value: "12,5,0" is not a number',
      'sheet observations, row 5, column synthetic: "peut-être" is not yes or no',
      'sheet observations, row 6, column indicator: unknown indicator "ghost": define it on its sheet first',
    ]);
    const fr = result.ok ? [] : describeProblem(result.problems[1]!, 'fr');
    expect(fr).toBe('feuille observations, ligne 4, colonne value : "12,5,0" n’est pas un nombre');
    const ar = result.ok ? [] : describeProblem(result.problems[1]!, 'ar');
    expect(ar).toBe('الورقة observations، السطر 4، العمود value: "12,5,0" ليس عددا');
  });

  it('locates the model’s checks: an unknown region on a row, a missing programme field', () => {
    const unknownRegion = sheetsToFeed(
      handFilled({
        observations: [
          ['indicator', 'period', 'value', 'region', 'source'],
          ['wells', '2024', '3', 'atlantis', 'report'],
        ],
      }),
    );
    expect(
      unknownRegion.ok ? [] : unknownRegion.problems.map((p) => describeProblem(p, 'en')),
    ).toEqual([
      'sheet observations, row 2, column region: unknown region "atlantis": define it on its sheet first',
    ]);
    const result = sheetsToFeed(
      handFilled({
        programme: [
          ['field', 'value'],
          ['id', 'oasis'],
          ['name_fr', 'Oasis'],
          ['start', '2023-01-01'],
          ['end', ''],
          ['regions', 'draa'],
          ['as_of', '2024-12-31'],
        ],
      }),
    );
    const problems = result.ok ? [] : result.problems.map((p) => describeProblem(p, 'en'));
    expect(problems).toEqual(['sheet programme, row 5, field end: required, but empty']);
  });

  it('refuses personal-looking columns and unknown columns, and needs the required sheets', () => {
    const result = sheetsToFeed(
      handFilled({
        observations: [
          ['indicator', 'period', 'value', 'source', 'Nom et prénom', 'Téléphone', 'colour'],
          ['wells', '2024', '3', 'report', 'Fatima Z.', '0600000000', 'blue'],
        ],
      }).filter((s) => s.name !== 'sources'),
    );
    const problems = result.ok ? [] : result.problems.map((p) => describeProblem(p, 'en'));
    expect(problems).toEqual([
      'sheet observations, row 1, column Nom et prénom: this column looks like personal data (names, phones…): a feed holds aggregates only; delete it',
      'sheet observations, row 1, column Téléphone: this column looks like personal data (names, phones…): a feed holds aggregates only; delete it',
      'sheet observations, row 1, column colour: unknown column; rename it to a column of the template or delete it',
      'sheet sources: this sheet is missing',
      'sheet observations, row 2, column source: unknown source "report": define it on its sheet first',
    ]);
  });

  it('keeps milestones with their indicator and refuses one for an unknown indicator', () => {
    const milestones = [
      ['indicator', 'value', 'date'],
      ['wells', '10', '2023-12-31'],
      ['wells', '25', '30/06/2024'],
    ];
    const ok = sheetsToFeed(handFilled({ milestones }));
    expect(ok.ok && ok.feed.indicators[0]?.milestones).toEqual([
      { value: 10, date: '2023-12-31' },
      { value: 25, date: '2024-06-30' },
    ]);
    expect(ok.ok && ok.feed.indicators[1]?.milestones).toBeUndefined();
    const bad = sheetsToFeed(
      handFilled({ milestones: [...milestones, ['pumps', '3', '2024-01-01']] }),
    );
    expect(bad.ok ? [] : bad.problems.map((p) => describeProblem(p, 'en'))).toEqual([
      'sheet milestones, row 4, column indicator: no indicator "pumps" on the indicators sheet',
    ]);
  });
});
