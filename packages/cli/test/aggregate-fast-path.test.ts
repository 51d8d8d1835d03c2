/**
 * `prim aggregate` gives the same feed, rejects and messages whether a CSV register is
 * split by hand or read by csv-parse throughout. A quoted header line sends the whole file
 * to csv-parse (see csv-records.ts) without changing what it says, so each random register
 * is aggregated twice: as written, and with its header quoted.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { tempFile } from './run-cli.js';

const HEADER = ['Date', 'Commune', 'Profil', 'Sexe', 'Type de demande', 'Suite donnée', 'Nom'];

const cell = {
  date: fc.constantFrom('15/07/2023', '2023-08-02', '3/9/2023', '31/02/2023', '', 'hier'),
  commune: fc.constantFrom('Belfaa', 'ammeln', 'Aït Amira', 'belfaa ', 'Paris', ''),
  profile: fc.constantFrom('MRE', 'Ayant droit', 'rpt', 'mre-returnee', 'martian', ''),
  sex: fc.constantFrom('Femme', 'Homme', 'F', 'x', ''),
  request: fc.constantFrom('Pension', 'health', 'Santé', 'visa', ''),
  outcome: fc.constantFrom('Informé', 'Résolu', 'accompanied', 'lost', ''),
  name: fc.constantFrom('Fatima', '"Doe, John"', 'a"b', '"x""y"', '"two\nlines"', ''),
};
const row = fc.tuple(
  cell.date,
  cell.commune,
  cell.profile,
  cell.sex,
  cell.request,
  cell.outcome,
  cell.name,
);
/** Mostly good rows, repeated so that some cells reach k; sometimes an odd one. */
const line = fc.oneof(
  { weight: 6, arbitrary: row.map((cells) => cells.join(';')) },
  { weight: 1, arbitrary: fc.constantFrom('', ';;;;;;', 'a;b;c;d;e;f;g;h', '  ', '\r') },
);
const register = fc.record({
  lines: fc.array(fc.tuple(line, fc.integer({ min: 1, max: 8 })), { maxLength: 25 }),
  ending: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
});

async function aggregate(text: string) {
  const path = tempFile(text, 'registre.csv');
  const feed = `${path}.feed.json`;
  const rejects = `${path}.rejects.csv`;
  let stderr = '';
  const code = await run(['aggregate', path, '-o', feed, '--rejects', rejects], {
    stdout: () => {},
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
  });
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  };
  const out = {
    code,
    stderr: stderr.replaceAll(path, 'REGISTER'),
    feed: read(feed)?.replaceAll(path, 'REGISTER'),
    rejects: read(rejects)?.replaceAll(path, 'REGISTER'),
  };
  rmSync(dirname(path), { recursive: true, force: true });
  return out;
}

describe('prim aggregate: hand-split and csv-parse paths agree', () => {
  // 40 random registers, in parts of 10 so each test stays short on a busy machine.
  it.each([1, 2, 3, 4])(
    'gives the same feed, rejects and messages on random registers (part %i of 4)',
    async () => {
      await fc.assert(
        fc.asyncProperty(register, async (r) => {
          const body = r.lines.flatMap(([l, n]) => Array.from({ length: n }, () => l));
          const text = (header: string) =>
            `${r.bom ? '\ufeff' : ''}${[header, ...body].join(r.ending)}${r.ending}`;
          const plain = await aggregate(text(HEADER.join(';')));
          const quoted = await aggregate(text(HEADER.map((h) => `"${h}"`).join(';')));
          expect(plain).toEqual(quoted);
        }),
        { numRuns: 10 },
      );
    },
  );
});
