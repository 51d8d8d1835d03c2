import { readFileSync } from 'node:fs';
import { parseFeed, type Feed } from '@prim/indicators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/workbook/feed-sheets.js';
import { feedToSheets } from '../../src/workbook/feed-to-sheets.js';
import { sheetsToFeed, type SheetIn } from '../../src/workbook/sheets-to-feed.js';
import { feedArb } from './feed-arbitrary.js';
import { asRead } from './sheet-rows.js';

const PRIM = JSON.parse(
  readFileSync(new URL('../../../indicators/feeds/prim.feed.json', import.meta.url), 'utf8'),
) as Feed;

const build = (sheets: readonly SheetIn[]) => sheetsToFeed(sheets);

/** Every leaf field of a JSON Schema as a path, lists written '[]'. */
function schemaLeaves(
  node: Record<string, unknown>,
  defs: Record<string, unknown>,
  path: string[] = [],
): string[][] {
  const ref = node.$ref as string | undefined;
  if (ref)
    return schemaLeaves(
      defs[ref.split('/').at(-1) as string] as Record<string, unknown>,
      defs,
      path,
    );
  const alternatives = (node.anyOf ?? node.oneOf ?? node.allOf) as
    Record<string, unknown>[] | undefined;
  if (alternatives) return alternatives.flatMap((a) => schemaLeaves(a, defs, path));
  if (node.type === 'array' && node.items)
    return schemaLeaves(node.items as Record<string, unknown>, defs, [...path, '[]']);
  const props = node.properties as Record<string, Record<string, unknown>> | undefined;
  if (props) return Object.entries(props).flatMap(([k, v]) => schemaLeaves(v, defs, [...path, k]));
  return [path];
}

describe('the workbook ↔ feed mapping', () => {
  it('gives every field of the prim-feed/1 schema a column or a programme field', () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../../indicators/schema/prim-feed-1.schema.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const leaves = schemaLeaves(
      schema,
      (schema.$defs ?? schema.definitions ?? {}) as Record<string, unknown>,
    );
    const covered = new Set(
      SHEETS.flatMap((s) =>
        s.columns.map((c) => [...s.base, ...(c.path.length === 0 ? [] : c.path)].join('.')),
      ),
    );
    // The 'schema' marker is a constant the build writes itself.
    // A list of ids is one cell ('ids'), so a leaf ending in '[]' is covered by its list.
    const missing = leaves
      .map((p) => p.join('.').replace(/\.\[\]$/, ''))
      .filter((p) => p !== 'schema' && !covered.has(p));
    expect(leaves.length).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  it('builds the built-in PRIM feed back from its export, field for field', () => {
    const result = build(asRead(feedToSheets(PRIM)));
    expect(result.ok && result.notices).toEqual([]);
    expect(result.ok && result.feed).toEqual(PRIM);
  });

  // 200 random feeds, in parts of 50 so each test stays short on a busy machine.
  it.each([1, 2, 3, 4])('builds any valid feed back from its export (part %i of 4)', () => {
    fc.assert(
      fc.property(feedArb, (feed) => {
        const parsed = parseFeed(JSON.stringify(feed));
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        const result = build(asRead(feedToSheets(feed)));
        expect(result.ok ? result.feed : result.problems).toEqual(feed);
      }),
      { numRuns: 50 },
    );
  });
});
