/** Regions, communes, profiles, sexes and calls of the built-in PRIM feed, in fr/ar/en. */
import type { Feed } from '../../src/schema/types.js';
import { BAOM_COMMUNES } from '../../src/synthetic/baom-communes.js';

type Dimensions = Feed['dimensions'];

const REGIONS: Dimensions['region'] = [
  { id: 'souss-massa', name: { fr: 'Souss-Massa', ar: 'سوس ماسة', en: 'Souss-Massa' } },
  { id: 'oriental', name: { fr: 'Oriental', ar: 'الشرق', en: 'Oriental' } },
];

/** Oriental communes the public sources name (projects, planning sessions, reception cells). */
const ORIENTAL_COMMUNES = [
  { id: 'oujda', name: { fr: 'Oujda', ar: 'وجدة', en: 'Oujda' } },
  { id: 'nador', name: { fr: 'Nador', ar: 'الناظور', en: 'Nador' } },
  { id: 'berkane', name: { fr: 'Berkane', ar: 'بركان', en: 'Berkane' } },
  { id: 'driouch', name: { fr: 'Driouch', ar: 'الدريوش', en: 'Driouch' } },
  { id: 'guercif', name: { fr: 'Guercif', ar: 'جرسيف', en: 'Guercif' } },
  { id: 'figuig', name: { fr: 'Figuig', ar: 'فجيج', en: 'Figuig' } },
];

const PROFILES: NonNullable<Dimensions['profile']> = [
  {
    id: 'mre',
    name: {
      fr: 'MRE (Marocain·e·s résidant à l’étranger)',
      ar: 'مغاربة العالم',
      en: 'Moroccans living abroad (MRE)',
    },
  },
  {
    id: 'mre-returnee',
    name: { fr: 'MRE de retour', ar: 'المغاربة العائدون', en: 'Returning MRE' },
  },
  { id: 'rights-holder', name: { fr: 'Ayants droit', ar: 'ذوو الحقوق', en: 'Rights-holders' } },
  {
    id: 'rpt',
    name: {
      fr: 'Ressortissant·e·s des pays tiers (RPT)',
      ar: 'رعايا البلدان الأخرى',
      en: 'Third-country nationals (RPT)',
    },
  },
  { id: 'other', name: { fr: 'Autres', ar: 'آخرون', en: 'Other' } },
];

const SEXES: NonNullable<Dimensions['sex']> = [
  { id: 'female', name: { fr: 'Femmes', ar: 'نساء', en: 'Women' } },
  { id: 'male', name: { fr: 'Hommes', ar: 'رجال', en: 'Men' } },
];

/** Calls for projects of the 'migration & development' fund (component 1). */
const CALLS: NonNullable<Dimensions['call']> = [
  {
    id: 'sm-call-1',
    region: 'souss-massa',
    name: {
      fr: 'Souss-Massa — 1er appel à projets',
      ar: 'سوس ماسة — طلب المشاريع الأول',
      en: 'Souss-Massa — first call for projects',
    },
  },
  {
    id: 'or-call-1',
    region: 'oriental',
    opened: '2021-12-11',
    closed: '2022-02-11',
    name: {
      fr: 'Oriental — 1er appel à projets',
      ar: 'الشرق — طلب المشاريع الأول',
      en: 'Oriental — first call for projects',
    },
  },
  {
    id: 'sm-call-2',
    region: 'souss-massa',
    name: {
      fr: 'Souss-Massa — appel à projets de septembre 2022',
      ar: 'سوس ماسة — طلب المشاريع لشتنبر 2022',
      en: 'Souss-Massa — September 2022 call for projects',
    },
  },
  {
    id: 'or-guichet',
    region: 'oriental',
    closed: '2023-09-30',
    name: {
      fr: 'Oriental — guichet ouvert',
      ar: 'الشرق — الشباك المفتوح',
      en: 'Oriental — open window (guichet)',
    },
  },
  {
    id: 'sm-guichet',
    region: 'souss-massa',
    closed: '2023-09-30',
    name: {
      fr: 'Souss-Massa — guichet ouvert',
      ar: 'سوس ماسة — الشباك المفتوح',
      en: 'Souss-Massa — open window (guichet)',
    },
  },
];

export function primDimensions(): Dimensions {
  return {
    region: REGIONS,
    commune: [
      ...BAOM_COMMUNES.map((c) => ({
        id: c.id,
        region: 'souss-massa',
        name: c.name,
        kind: 'commune',
      })),
      ...ORIENTAL_COMMUNES.map((c) => ({ ...c, region: 'oriental', kind: 'commune' })),
    ],
    profile: PROFILES,
    sex: SEXES,
    call: CALLS,
  };
}
