import type { ParityResult } from '@prim/indicators';

/** Languages of the text output. Arabic is left to the widgets: terminals rarely shape it. */
export type OutputLang = 'fr' | 'en';
export const OUTPUT_LANGS: readonly OutputLang[] = ['en', 'fr'];

/** Every word the text report prints that does not come from the feed. */
export interface Labels {
  readonly asOf: (date: string) => string;
  readonly indicators: string;
  readonly parity: string;
  readonly flags: string;
  readonly none: string;
  /** The section on observations after the report's date, which it does not use. */
  readonly later: (date: string) => string;
  readonly columns: {
    readonly id: string;
    readonly actual: string;
    readonly period: string;
    readonly target: string;
    readonly completion: string;
    readonly expected: string;
    readonly status: string;
    readonly notes: string;
    readonly activity: string;
    readonly name: string;
    readonly women: string;
    readonly men: string;
    readonly shareWomen: string;
    readonly threshold: string;
    readonly basis: string;
    readonly code: string;
    readonly message: string;
    readonly count: string;
  };
  readonly basis: Record<ParityResult['basis'], string>;
  readonly synthetic: string;
  readonly conflict: string;
  readonly syntheticNote: string;
}

const en: Labels = {
  asOf: (date) => `As of ${date}`,
  indicators: 'Indicators',
  parity: 'Parity (share of women per activity)',
  flags: 'Data-quality flags',
  none: '(none)',
  later: (d) => `Left out: observations after ${d}`,
  columns: {
    id: 'indicator',
    actual: 'actual',
    period: 'covers',
    target: 'target',
    completion: 'completion',
    expected: 'expected',
    status: 'status',
    notes: 'notes',
    activity: 'activity',
    name: 'name',
    women: 'women',
    men: 'men',
    shareWomen: 'share of women',
    threshold: 'threshold',
    basis: 'basis',
    code: 'code',
    message: 'message',
    count: 'observations',
  },
  basis: { counts: 'counts by sex', 'reported-share': 'reported share', none: 'no breakdown' },
  synthetic: '(synthetic)',
  conflict: '(sources disagree)',
  syntheticNote:
    'Note: figures marked (synthetic) are generated demonstration data, not observations.',
};

const fr: Labels = {
  asOf: (date) => `Situation au ${date}`,
  indicators: 'Indicateurs',
  parity: 'Parité (part des femmes par activité)',
  flags: 'Alertes de qualité des données',
  none: '(aucune)',
  later: (d) => `Non comptées : observations postérieures au ${d}`,
  columns: {
    id: 'indicateur',
    actual: 'réalisé',
    period: 'couvre',
    target: 'cible',
    completion: 'taux',
    expected: 'attendu',
    status: 'statut',
    notes: 'remarques',
    activity: 'activité',
    name: 'nom',
    women: 'femmes',
    men: 'hommes',
    shareWomen: 'part des femmes',
    threshold: 'seuil',
    basis: 'base',
    code: 'alerte',
    message: 'message',
    count: 'observations',
  },
  basis: { counts: 'effectifs par sexe', 'reported-share': 'part publiée', none: 'non ventilé' },
  synthetic: '(synthétique)',
  conflict: '(sources divergentes)',
  syntheticNote:
    'Note : les chiffres marqués (synthétique) sont des données de démonstration générées, pas des observations.',
};

const LABELS: Record<OutputLang, Labels> = { en, fr };

export function labelsFor(lang: OutputLang): Labels {
  return LABELS[lang];
}

export function isOutputLang(text: string): text is OutputLang {
  return (OUTPUT_LANGS as readonly string[]).includes(text);
}
