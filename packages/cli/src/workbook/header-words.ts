/**
 * The words of the workbook in French and Arabic: column and sheet names are canonical
 * English, but an officer may retype a header in their language, so each English word of a
 * name has its translations and a header is accepted in any of the three.
 */
import { foldKey, IDENTITY_HEADERS } from '@prim/indicators';
import type { CellType, Column, SheetName } from './feed-sheets.js';

export type WorkbookLang = 'fr' | 'ar' | 'en';

/** English word → [French, Arabic]. Words not listed (fr, ar, en, url, id) stay as they are. */
const WORDS: Readonly<Record<string, readonly [string, string]>> = {
  name: ['nom', 'الاسم'],
  field: ['champ', 'الحقل'],
  value: ['valeur', 'القيمة'],
  region: ['région', 'الجهة'],
  regions: ['régions', 'الجهات'],
  commune: ['commune', 'الجماعة'],
  communes: ['communes', 'الجماعات'],
  profile: ['profil', 'الفئة'],
  profiles: ['profils', 'الفئات'],
  sex: ['sexe', 'الجنس'],
  sexes: ['sexes', 'الأجناس'],
  call: ['appel', 'طلب العروض'],
  calls: ['appels', 'طلبات العروض'],
  indicator: ['indicateur', 'المؤشر'],
  indicators: ['indicateurs', 'المؤشرات'],
  milestones: ['jalons', 'المراحل'],
  activity: ['activité', 'النشاط'],
  activities: ['activités', 'الأنشطة'],
  observations: ['observations', 'المعطيات'],
  source: ['source', 'المصدر'],
  sources: ['sources', 'المصادر'],
  programme: ['programme', 'البرنامج'],
  component: ['composante', 'المكون'],
  description: ['description', 'الوصف'],
  unit: ['unité', 'الوحدة'],
  kind: ['type', 'النوع'],
  aggregation: ['agrégation', 'التجميع'],
  cumulative: ['cumulatif', 'تراكمي'],
  direction: ['sens', 'الاتجاه'],
  currency: ['devise', 'العملة'],
  baseline: ['référence', 'خط الأساس'],
  target: ['cible', 'الهدف'],
  date: ['date', 'التاريخ'],
  note: ['note', 'ملاحظة'],
  parity: ['parité', 'المناصفة'],
  threshold: ['seuil', 'عتبة'],
  stale: ['périmé', 'متقادم'],
  after: ['après', 'بعد'],
  days: ['jours', 'أيام'],
  start: ['début', 'البداية'],
  end: ['fin', 'النهاية'],
  budget: ['budget', 'الميزانية'],
  funder: ['bailleur', 'الممول'],
  implementer: ['opérateur', 'المنفذ'],
  as: ['au', 'في'],
  of: ['', ''],
  locale: ['locale', 'اللغة'],
  on: ['', ''],
  track: ['dans les temps', 'في المسار'],
  at: ['', ''],
  risk: ['à risque', 'معرض للخطر'],
  json: ['json', 'json'],
  schema: ['schéma', 'المخطط'],
  opened: ['ouverture', 'الافتتاح'],
  closed: ['clôture', 'الإغلاق'],
  period: ['période', 'الفترة'],
  numerator: ['numérateur', 'البسط'],
  denominator: ['dénominateur', 'المقام'],
  qualifier: ['qualificatif', 'الدقة'],
  suppressed: ['masqué', 'محجوب'],
  below: ['sous', 'أقل من'],
  synthetic: ['synthétique', 'اصطناعي'],
  title: ['titre', 'العنوان'],
  titles: ['titres', 'العناوين'],
  lang: ['langue', 'اللغة'],
  publisher: ['éditeur', 'الناشر'],
  quote: ['citation', 'الاقتباس'],
  milestone: ['jalon', 'مرحلة'],
};

/** A canonical name in one language: 'baseline_date' → 'référence date'. */
export function translateName(name: string, lang: WorkbookLang): string {
  if (lang === 'en') return name;
  const i = lang === 'fr' ? 0 : 1;
  return name
    .split('_')
    .map((w) => WORDS[w]?.[i] ?? w)
    .filter((w) => w !== '')
    .join(' ');
}

/** The folded keys under which a canonical name is recognised. */
export function nameKeys(name: string): string[] {
  return [...new Set((['en', 'fr', 'ar'] as const).map((l) => foldKey(translateName(name, l))))];
}

/** Finds the canonical name a header or sheet name stands for, in any language. */
export function nameMatcher(names: readonly string[]): (text: string) => string | undefined {
  const lookup = new Map<string, string>();
  for (const name of names)
    for (const key of nameKeys(name)) if (!lookup.has(key)) lookup.set(key, name);
  return (text) => lookup.get(foldKey(text));
}

/**
 * Headers that look like personal data. A feed holds aggregates only: a workbook with
 * such a column is refused, so that a register pasted into it never reaches a feed.
 */
const PERSONAL = new Set(
  [
    ...IDENTITY_HEADERS,
    'first name',
    'last name',
    'surname',
    'الاسم العائلي',
    'mobile',
    'email',
    'e-mail',
    'courriel',
    'البريد الالكتروني',
    'birth date',
  ].map(foldKey),
);

export function looksPersonal(header: string): boolean {
  const key = foldKey(header);
  return PERSONAL.has(key) || /(^|-)(phone|telephone|email|e-mail|gsm|cin)(-|$)/.test(key);
}

const TYPE_HELP: Readonly<Record<CellType, Readonly<Record<WorkbookLang, string>>>> = {
  text: { en: 'Text', fr: 'Texte', ar: 'نص' },
  id: {
    en: 'Identifier: letters, digits, ".", "_" or "-"',
    fr: 'Identifiant : lettres, chiffres, « . », « _ » ou « - »',
    ar: 'معرف: حروف وأرقام و«.» و«_» و«-»',
  },
  ids: {
    en: 'Identifiers separated by commas',
    fr: 'Identifiants séparés par des virgules',
    ar: 'معرفات مفصولة بفواصل',
  },
  number: {
    en: 'Number ≥ 0 (a decimal comma is accepted)',
    fr: 'Nombre ≥ 0 (virgule décimale acceptée)',
    ar: 'عدد ≥ 0 (تقبل الفاصلة العشرية)',
  },
  integer: { en: 'Whole number', fr: 'Nombre entier', ar: 'عدد صحيح' },
  boolean: { en: 'yes or no', fr: 'yes (oui) ou no (non)', ar: 'yes (نعم) أو no (لا)' },
  presence: {
    en: 'yes or empty',
    fr: 'yes (oui) ou vide',
    ar: 'yes (نعم) أو فارغ',
  },
  date: {
    en: 'Date: YYYY-MM-DD, DD/MM/YYYY or an Excel date',
    fr: 'Date : AAAA-MM-JJ, JJ/MM/AAAA ou une date Excel',
    ar: 'تاريخ: YYYY-MM-DD أو DD/MM/YYYY أو تاريخ Excel',
  },
  period: {
    en: 'Period: 2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 or A/B',
    fr: 'Période : 2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 ou A/B',
    ar: 'فترة: 2022 أو 2022-H1 أو 2022-Q3 أو 2022-07 أو 2022-07-14 أو A/B',
  },
};

const LIST_HELP: Readonly<Record<WorkbookLang, (what: string) => string>> = {
  en: (what) => `one of: ${what}`,
  fr: (what) => `l’un de : ${what}`,
  ar: (what) => `أحد: ${what}`,
};

const REF_HELP: Readonly<Record<WorkbookLang, (sheet: string) => string>> = {
  en: (sheet) => `an id from the sheet ${sheet}`,
  fr: (sheet) => `un id de la feuille ${sheet}`,
  ar: (sheet) => `معرف من الورقة ${sheet}`,
};

/** The explanation of a column, in the template's language (shown as a cell comment). */
export function describeColumn(
  column: Column,
  lang: WorkbookLang,
  list?: readonly string[],
): string {
  const parts = [translateName(column.name, lang), TYPE_HELP[column.type][lang]];
  if (list) parts.push(LIST_HELP[lang](list.join(', ')));
  if (column.ref) parts.push(REF_HELP[lang](column.ref satisfies SheetName));
  return parts.join(' — ');
}
