/** Helpers for the fields and messages every flag shares. */
import type { Cell } from '../cells.js';

/** 'source: a' or 'sources: a, b' for messages. */
export function sourcesText(sources: readonly string[]): string {
  const list = [...new Set(sources)];
  return `source${list.length > 1 ? 's' : ''}: ${list.join(', ')}`;
}

/** The place fields of a Flag about this cell. */
export function placeOf(cell: Cell): { region?: string; commune?: string; activity?: string } {
  const { region, commune, activity } = cell.values;
  return {
    ...(region !== undefined ? { region } : {}),
    ...(commune !== undefined ? { commune } : {}),
    ...(activity !== undefined ? { activity } : {}),
  };
}
