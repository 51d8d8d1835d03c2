/** The text of `prim diff`: one line per change, then the status changes. */
import type { FeedChange, FeedDiff } from '@prim/indicators';
import { statusWordsFor } from '@prim/indicators/present';
import type { OutputLang } from './labels.js';

const HEADINGS: Readonly<Record<OutputLang, Readonly<Record<keyof FeedDiff | 'none', string>>>> = {
  en: {
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    statusChanges: 'Status changes',
    none: 'No change.',
  },
  fr: {
    added: 'Ajouts',
    removed: 'Suppressions',
    changed: 'Modifications',
    statusChanges: 'Changements de statut',
    none: 'Aucun changement.',
  },
};

/** Every leaf of a JSON value by its dotted path. */
function leaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, JSON.stringify(value));
  return out;
}

/** `value 60 → 63; note (none) → "revised"`: the fields that differ. */
function fieldChanges(before: unknown, after: unknown): string {
  const a = leaves(before);
  const b = leaves(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
  return keys.map((k) => `${k} ${a.get(k) ?? '—'} → ${b.get(k) ?? '—'}`).join('; ');
}

function subject(c: FeedChange): string {
  if (c.kind !== 'observation') return `${c.kind} ${c.id ?? ''}`;
  const where = Object.entries(c.where ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return `observation ${c.indicator ?? ''} ${c.period ?? ''}${where ? ` [${where}]` : ''}`;
}

function reading(c: FeedChange): string {
  const o = (c.after ?? c.before) as {
    value?: number;
    numerator?: number;
    denominator?: number;
    suppressed?: { below: number };
  };
  if (c.kind !== 'observation' || !o) return '';
  if (o.value !== undefined) return `: ${o.value}`;
  if (o.suppressed) return `: < ${o.suppressed.below}`;
  return `: ${o.numerator ?? '?'} / ${o.denominator ?? '?'}`;
}

export function formatDiff(diff: FeedDiff, lang: OutputLang): string {
  const h = HEADINGS[lang];
  const status = statusWordsFor(lang);
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length})`, ...items.map((i) => `  ${i}`), '');
  };
  section(
    h.added,
    diff.added.map((c) => `+ ${subject(c)}${reading(c)}`),
  );
  section(
    h.removed,
    diff.removed.map((c) => `- ${subject(c)}${reading(c)}`),
  );
  section(
    h.changed,
    diff.changed.map((c) => `~ ${subject(c)}: ${fieldChanges(c.before, c.after)}`),
  );
  section(
    h.statusChanges,
    diff.statusChanges.map(
      (s) =>
        `${s.indicator}${s.period ? ` (${s.period})` : ''}: ${status[s.before]} → ${status[s.after]}` +
        ` [${s.asOf.before} → ${s.asOf.after}]`,
    ),
  );
  return lines.length === 0 ? `${h.none}\n` : `${lines.join('\n').trimEnd()}\n`;
}
