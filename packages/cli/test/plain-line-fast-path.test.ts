/**
 * The fast path of plain CSV lines (plainLineReader: cells found by position, counted by
 * their codes) gives exactly what the reference path (split cells, rowReader) gives: the
 * same tables, the same rejects (rows and reasons), the same counts of lines, and the same
 * duplicate hash, on random registers with hostile cells and for any chunking of the text.
 */
import fc from 'fast-check';
import { BAOM_COMMUNES, type Commune, RegisterTally } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import { csvRecords, type CsvRecord } from '../src/registers/csv-records.js';
import { DuplicateFinder } from '../src/registers/duplicates.js';
import { readRegisterLines } from '../src/registers/read-register.js';
import { type Reject, RejectLog } from '../src/registers/rejects.js';
import { chunked, csvRegister } from './random-csv.js';

const COMMUNES: readonly Commune[] = BAOM_COMMUNES.map(({ id, name }) => ({
  id,
  region: 'souss-massa',
  name,
}));

/** The same records with their cells split: no plain line left, so no fast path. */
async function* split(batches: AsyncIterable<CsvRecord[]>): AsyncGenerator<CsvRecord[]> {
  for await (const batch of batches)
    yield batch.map(({ sheet, row, cells }) => ({ sheet, row, cells }));
}

class AllRejects extends RejectLog {
  readonly all: Reject[] = [];
  override async add(reject: Reject): Promise<void> {
    this.all.push(reject);
    await super.add(reject);
  }
}

async function read(
  records: AsyncIterable<CsvRecord[]>,
  file: string,
  duplicates: DuplicateFinder,
) {
  const tally = new RegisterTally();
  const rejects = new AllRejects(undefined);
  let error: string | undefined;
  let stats;
  try {
    stats = await readRegisterLines(records, file, COMMUNES, tally, rejects, duplicates);
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  return { error, stats, tables: tally.tables(), rows: tally.rows, rejects: rejects.all };
}

const HEADERS = [
  'date,commune,profile,sex,request_type,outcome,synthetic',
  'Date,Commune,Profil,Sexe,Type de demande,Suite donnée,Nom',
  'Nom,Sexe,Date,Commune,Profil,Suite donnée,Type de demande',
  'date,commune,profile,sex,request_type',
  'date,commune,profile,sex,request_type,outcome,outcome',
  '"date",commune,profile,sex,request_type,outcome',
  'nothing,here',
];
/** Cells a register may hold: valid codes, spellings, padding, junk, personal data. */
const CELL = fc.constantFrom(
  '2021-05-01',
  '15/07/2023',
  '3/9/2023',
  '٠٣/٠٩/٢٠٢٣',
  '31/02/2023',
  '2023-08-02 ',
  '\u00a02023-08-02',
  'ammeln',
  'Aït Amira',
  'AMMELN',
  'أملن',
  'Paris',
  'mre',
  'MRE',
  'Ayant droit',
  'rpt',
  'martian',
  'female',
  'Femme',
  'F',
  'x',
  'pension',
  'Santé',
  'visa',
  'informed',
  'Résolu',
  'accompanied',
  'lost',
  'true',
  'oui',
  'Fatima',
  '0612345678',
  '',
  ' ',
  '\t',
  '\ufeff',
  ' mre',
  'male ',
  '"Doe, John"',
  'a"b',
  '"two\nlines"',
  '\r',
  ';',
);
/** Valid rows in the canonical order (the fast path's), some with one cell padded or dropped. */
const VALID = fc
  .tuple(
    fc.tuple(
      fc.constantFrom('2021-05-01', '15/07/2023', '3/9/2023', '2021-06-30'),
      fc.constantFrom('ammeln', 'taliouine', 'Ammeln', 'أملن'),
      fc.constantFrom('mre', 'rpt', 'Ayant droit', 'other'),
      fc.constantFrom('female', 'male', 'F', 'Homme'),
      fc.constantFrom('pension', 'health', 'Santé'),
      fc.constantFrom('informed', 'resolved', 'Accompagné'),
      fc.constantFrom('true', '', 'false', 'Fatima'),
    ),
    fc.nat(7),
    fc.constantFrom(' ', '\t', '\u00a0', '\ufeff', '\u2003', '\u200e', 'x'),
    fc.constantFrom('start', 'end', 'none', 'drop'),
  )
  .map(([cells, at, pad, how]) => {
    const out: string[] = [...cells];
    const c = out[at];
    if (c !== undefined && how === 'start') out[at] = pad + c;
    if (c !== undefined && how === 'end') out[at] = c + pad;
    if (how === 'drop') out.length = at;
    return out.join(',');
  });
const LINE = fc.oneof(
  { weight: 5, arbitrary: VALID },
  { weight: 3, arbitrary: fc.array(CELL, { maxLength: 9 }).map((c) => c.join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', ',,,,,,', '  ', 'a,b,c,d,e,f,g,h,i') },
);
const REGISTER = csvRegister(fc.constantFrom(...HEADERS), LINE, {
  lines: 30,
  textLength: 1500,
  cuts: 8,
});

describe('plain CSV lines: fast path = reference path', () => {
  it('gives the same tables, rejects, counts and duplicate hash, however the text is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(REGISTER, async (r) => {
        const text = r.text.replaceAll(',', r.delimiter);
        const duplicates = new DuplicateFinder();
        const fast = await read(
          csvRecords(chunked(text, r.cuts), r.delimiter),
          'a.csv',
          duplicates,
        );
        const reference = await read(
          split(csvRecords(chunked(text, []), r.delimiter)),
          'a.csv',
          duplicates,
        );
        duplicates.end();
        expect(fast).toEqual(reference);
        // Both runs went into one finder: the second is a duplicate of the first exactly
        // when their hashes are equal (and it has data lines).
        if ((reference.stats?.lines ?? 0) > 0) expect(duplicates.warnings).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('counts the lines of a canonical register without the reference path', async () => {
    const text =
      'date,commune,profile,sex,request_type,outcome\n2021-05-01,ammeln,mre,female,pension,resolved\n';
    class Tally extends RegisterTally {
      rowsAdded = 0;
      override add(row: Parameters<RegisterTally['add']>[0]): void {
        this.rowsAdded += 1;
        super.add(row);
      }
    }
    const tally = new Tally();
    const rejects = new RejectLog(undefined);
    const records = csvRecords(chunked(text, []), ',');
    await readRegisterLines(records, 'a.csv', COMMUNES, tally, rejects, new DuplicateFinder());
    expect(tally.rows).toBe(1);
    expect(tally.rowsAdded).toBe(0);
    expect(tally.tables()[0]?.cases[0]).toEqual([1, 0]);
  });
});
