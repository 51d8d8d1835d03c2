import * as z from 'zod/mini';
import { FEED_SCHEMA_ID, feedSchema } from './feed-schema.js';

/**
 * The JSON Schema of `prim-feed/1`, generated from the zod source so the two never drift.
 * Refinements (calendar dates, periods, cross-references) are described in words, since
 * JSON Schema cannot express them; `parseFeed` checks them.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://prim.ma/schemas/prim-feed-1.schema.json',
    title: FEED_SCHEMA_ID,
    description:
      'A PRIM indicator feed. Dates are calendar dates YYYY-MM-DD; periods are 2022, 2022-H1, ' +
      '2022-Q3, 2022-07, 2022-07-14 or a range A/B. Every id an observation names must exist ' +
      'in the feed. Checked in full by parseFeed in @prim/indicators.',
  };
}

/** The committed file's text: stable key order, two-space indent, final newline. */
export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}
