import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedJsonSchemaText } from '../src/schema/json-schema.js';

describe('committed JSON Schema', () => {
  it('matches the zod source (run `pnpm generate` after changing the schema)', () => {
    const committed = readFileSync(
      new URL('../schema/prim-feed-1.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(feedJsonSchemaText());
  });

  it('requires the fields every consumer relies on', () => {
    const schema = JSON.parse(feedJsonSchemaText()) as { required: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schema',
        'programme',
        'asOf',
        'sources',
        'indicators',
        'observations',
      ]),
    );
  });
});
