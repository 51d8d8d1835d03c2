/**
 * Reads the public facts file (data/prim-public-facts.json at the repository root): each
 * fact is one figure with its source URL and the verbatim sentence it comes from.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface PublicFact {
  readonly id: string;
  /** Date or period of the figure, or null when the source does not date it. */
  readonly date: string | null;
  readonly region: string | null;
  readonly commune: string | null;
  readonly component: number | null;
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  readonly sex: string | null;
  readonly note: string;
  readonly source_url: string;
  readonly quote: string;
}

export const FACTS_PATH = fileURLToPath(
  new URL('../../../../data/prim-public-facts.json', import.meta.url),
);

/** The facts by id. */
export function readFacts(path = FACTS_PATH): ReadonlyMap<string, PublicFact> {
  const list = JSON.parse(readFileSync(path, 'utf8')) as PublicFact[];
  return new Map(list.map((f) => [f.id, f]));
}
