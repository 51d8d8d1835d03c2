/**
 * Public facts and seed-document figures behind one lookup, so that observations, targets
 * and source entries all read their values and quotes from where they were recorded.
 */
import type { Source } from '../../src/schema/types.js';
import { type PublicFact, readFacts } from './facts.js';
import { SEED_DOCUMENTS, SEED_FIGURES } from './seed-figures.js';

export interface Evidence {
  readonly id: string;
  readonly value: number;
  readonly quote: string;
  /** The figure's own date or period; null when the source does not date it. */
  readonly date: string | null;
  readonly source: Source;
}

/**
 * The language of a public fact's quote. The pages quoted (prim.ma, the Moroccan press,
 * Expertise France) are written in French or Arabic: a quote in Arabic script is Arabic.
 */
function quoteLanguage(quote: string): 'ar' | 'fr' {
  return /\p{Script=Arabic}/u.test(quote) ? 'ar' : 'fr';
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A public fact's entry. Its title is the facts file's English name of the measure (the
 * articles' own headlines are not recorded), so it is marked as English for other readers.
 */
function factSource(f: PublicFact): Source {
  const title = f.measure.charAt(0).toUpperCase() + f.measure.slice(1);
  return {
    id: f.id,
    title,
    lang: 'en',
    url: f.source_url,
    publisher: hostOf(f.source_url),
    ...(f.date !== null ? { date: f.date } : {}),
    quote: f.quote,
    quoteLang: quoteLanguage(f.quote),
    kind: 'public',
    note: f.note,
    // The facts file's notes, like the seed documents' below, are ours, in English.
    noteLang: 'en',
  };
}

export type EvidenceLookup = (id: string) => Evidence;

/** Reads the facts file and returns a lookup that throws on an unknown id. */
export function loadEvidence(): EvidenceLookup {
  const all = new Map<string, Evidence>();
  for (const f of readFacts().values()) {
    all.set(f.id, {
      id: f.id,
      value: f.value,
      quote: f.quote,
      date: f.date,
      source: factSource(f),
    });
  }
  for (const s of SEED_FIGURES) {
    const doc = SEED_DOCUMENTS[s.document];
    all.set(s.id, {
      id: s.id,
      value: s.value,
      quote: s.quote,
      date: null,
      source: {
        id: s.id,
        title: doc.title,
        // The documents are French and give no title in another language.
        lang: 'fr',
        publisher: doc.publisher,
        date: doc.date,
        quote: s.quote,
        quoteLang: 'fr',
        kind: 'document',
        note: doc.note,
        noteLang: 'en',
      },
    });
  }
  return (id) => {
    const e = all.get(id);
    if (!e) throw new Error(`no fact or seed figure "${id}"`);
    return e;
  };
}
