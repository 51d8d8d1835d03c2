/**
 * The documented code lists of a BAOM register, with the words officers write in French,
 * Arabic and English. A cell matches a code when its folded text (see `foldKey`) equals
 * the code or one of its labels; anything else is an unknown code, reported, never guessed.
 */
import type { Sex, Text } from '../schema/types.js';
import { foldKey } from './normalise-text.js';
import type { BaomProfile, Outcome, RequestType } from './register-row.js';

export interface Code<T extends string> {
  readonly code: T;
  /** The label shown in the template, per language. */
  readonly label: Required<Text>;
  /** Other spellings accepted on input (abbreviations, singular/plural, M/F…). */
  readonly aliases?: readonly string[];
}

export const PROFILE_CODES: readonly Code<BaomProfile>[] = [
  {
    code: 'mre',
    label: { fr: 'MRE', ar: 'مغاربة العالم', en: 'Moroccan living abroad' },
    aliases: ['marocain residant a l etranger', 'مغربي مقيم بالخارج', 'mre-resident'],
  },
  {
    code: 'mre-returnee',
    label: { fr: 'MRE de retour', ar: 'مغربي عائد', en: 'Returning MRE' },
    aliases: ['mre retour', 'retour', 'returnee', 'المغاربة العائدون', 'عائد'],
  },
  {
    code: 'rights-holder',
    label: { fr: 'Ayant droit', ar: 'ذو حق', en: 'Rights-holder' },
    aliases: ['ayants droit', 'ayant-droit', 'ذوو الحقوق', 'ذوي الحقوق', 'rights holder'],
  },
  {
    code: 'rpt',
    label: {
      fr: 'Ressortissant de pays tiers (RPT)',
      ar: 'رعايا البلدان الأخرى',
      en: 'Third-country national',
    },
    aliases: ['ressortissant de pays tiers', 'pays tiers', 'third country national', 'migrant'],
  },
  {
    code: 'other',
    label: { fr: 'Autre', ar: 'آخر', en: 'Other' },
    aliases: ['autres', 'آخرون', 'اخر'],
  },
];

export const SEX_CODES: readonly Code<Sex>[] = [
  {
    code: 'female',
    label: { fr: 'Femme', ar: 'أنثى', en: 'Female' },
    aliases: ['f', 'femmes', 'feminin', 'woman', 'women', 'امرأة', 'إمرأة', 'نساء'],
  },
  {
    code: 'male',
    label: { fr: 'Homme', ar: 'ذكر', en: 'Male' },
    aliases: ['m', 'h', 'hommes', 'masculin', 'man', 'men', 'رجل', 'رجال'],
  },
];

export const REQUEST_TYPE_CODES: readonly Code<RequestType>[] = [
  { code: 'civil-status', label: { fr: 'État civil', ar: 'الحالة المدنية', en: 'Civil status' } },
  {
    code: 'administrative',
    label: { fr: 'Démarche administrative', ar: 'إجراء إداري', en: 'Administrative' },
    aliases: ['administratif'],
  },
  { code: 'pension', label: { fr: 'Pension', ar: 'معاش', en: 'Pension' }, aliases: ['retraite'] },
  {
    code: 'social-security',
    label: { fr: 'Protection sociale', ar: 'الحماية الاجتماعية', en: 'Social security' },
    aliases: ['securite sociale'],
  },
  {
    code: 'investment',
    label: { fr: 'Investissement', ar: 'استثمار', en: 'Investment' },
  },
  {
    code: 'residence',
    label: { fr: 'Séjour', ar: 'الإقامة', en: 'Residence' },
    aliases: ['titre de sejour'],
  },
  { code: 'health', label: { fr: 'Santé', ar: 'الصحة', en: 'Health' } },
  { code: 'education', label: { fr: 'Éducation', ar: 'التعليم', en: 'Education' } },
  { code: 'information', label: { fr: 'Information', ar: 'معلومات', en: 'Information' } },
];

export const OUTCOME_CODES: readonly Code<Outcome>[] = [
  { code: 'informed', label: { fr: 'Informé', ar: 'تم الإخبار', en: 'Informed' } },
  {
    code: 'oriented',
    label: { fr: 'Orienté', ar: 'تم التوجيه', en: 'Oriented' },
    aliases: ['referred', 'oriente vers', 'توجيه'],
  },
  {
    code: 'accompanied',
    label: { fr: 'Accompagné', ar: 'تمت المواكبة', en: 'Accompanied' },
    aliases: ['accompagnement', 'مواكبة', 'case-opened'],
  },
  {
    code: 'resolved',
    label: { fr: 'Résolu', ar: 'تمت التسوية', en: 'Resolved' },
    aliases: ['regle', 'traite', 'تمت المعالجة'],
  },
];

/** Outcomes that make a visit a 'case': the BAOM followed the matter through. */
export const CASE_OUTCOMES: ReadonlySet<Outcome> = new Set<Outcome>(['accompanied', 'resolved']);

/** A lookup from any accepted spelling to its code. */
export function codeMatcher<T extends string>(
  codes: readonly Code<T>[],
): (raw: string) => T | undefined {
  const map = new Map<string, T>();
  for (const c of codes) {
    for (const word of [c.code, c.label.fr, c.label.ar, c.label.en, ...(c.aliases ?? [])]) {
      map.set(foldKey(word), c.code);
    }
  }
  return (raw) => map.get(foldKey(raw));
}
