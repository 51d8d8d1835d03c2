/**
 * Workbook problems in the officer's language: where (sheet, row, column), then what.
 * The model's own checks keep their English detail after a translated lead.
 */
import type { WorkbookLang } from './header-words.js';
import type { Located, Notice, NoticeCode, Problem, ProblemCode } from './workbook-problem.js';

type Say = (p: Located) => string;

const q = (v: string | undefined) => `"${v ?? ''}"`;

const MESSAGES: Readonly<Record<WorkbookLang, Readonly<Record<ProblemCode | NoticeCode, Say>>>> = {
  en: {
    'not-a-number': (p) => `${q(p.value)} is not a number`,
    'not-an-integer': (p) => `${q(p.value)} is not a whole number`,
    'not-yes-no': (p) => `${q(p.value)} is not yes or no`,
    'not-a-date': (p) => `${q(p.value)} is not a date (YYYY-MM-DD or DD/MM/YYYY)`,
    'not-a-period': (p) =>
      `${q(p.value)} is not a period (2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 or A/B)`,
    'not-in-list': (p) => `${q(p.value)} is not one of the values of the drop-down list`,
    'missing-sheet': () => 'this sheet is missing',
    'duplicate-sheet': (p) => `a second sheet for ${q(p.value)}; keep one`,
    'no-header': (p) => `no header row found (expected column names such as ${p.value ?? ''})`,
    'missing-column': () => 'this column is missing',
    'unknown-column': () => 'unknown column; rename it to a column of the template or delete it',
    'personal-column': () =>
      'this column looks like personal data (names, phones…): a feed holds aggregates only; delete it',
    'duplicate-column': () => 'this column appears twice',
    'cell-without-header': (p) => `${q(p.value)} is in a column without a header`,
    'unknown-field': () => 'unknown programme field',
    'duplicate-field': () => 'this field appears twice',
    'unknown-indicator': (p) => `no indicator ${q(p.value)} on the indicators sheet`,
    'parity-threshold-without-parity': () => 'a parity threshold, but parity says no',
    required: () => 'required, but empty',
    'unknown-id': (p) => `unknown ${p.detail ?? ''} ${q(p.value)}: define it on its sheet first`,
    model: (p) => p.detail ?? '',
    'unknown-sheet': () => 'unknown sheet, not read',
    'as-of-inferred': (p) =>
      `as_of is empty: the feed is as of ${p.value ?? ''}, the end of the latest observation`,
    'model-warning': (p) => p.detail ?? '',
  },
  fr: {
    'not-a-number': (p) => `${q(p.value)} n’est pas un nombre`,
    'not-an-integer': (p) => `${q(p.value)} n’est pas un nombre entier`,
    'not-yes-no': (p) => `${q(p.value)} n’est ni yes (oui) ni no (non)`,
    'not-a-date': (p) => `${q(p.value)} n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)`,
    'not-a-period': (p) =>
      `${q(p.value)} n’est pas une période (2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 ou A/B)`,
    'not-in-list': (p) => `${q(p.value)} n’est pas une valeur de la liste déroulante`,
    'missing-sheet': () => 'cette feuille manque',
    'duplicate-sheet': (p) => `une deuxième feuille pour ${q(p.value)} ; n’en gardez qu’une`,
    'no-header': (p) =>
      `aucune ligne d’en-tête trouvée (noms de colonnes attendus, par exemple ${p.value ?? ''})`,
    'missing-column': () => 'cette colonne manque',
    'unknown-column': () => 'colonne inconnue ; renommez-la comme dans le modèle ou supprimez-la',
    'personal-column': () =>
      'cette colonne semble contenir des données personnelles (noms, téléphones…) : un flux ne contient que des agrégats ; supprimez-la',
    'duplicate-column': () => 'cette colonne apparaît deux fois',
    'cell-without-header': (p) => `${q(p.value)} est dans une colonne sans en-tête`,
    'unknown-field': () => 'champ du programme inconnu',
    'duplicate-field': () => 'ce champ apparaît deux fois',
    'unknown-indicator': (p) => `aucun indicateur ${q(p.value)} dans la feuille indicators`,
    'parity-threshold-without-parity': () => 'un seuil de parité, mais parity vaut no',
    required: () => 'obligatoire, mais vide',
    'unknown-id': (p) =>
      `${p.detail ?? ''} ${q(p.value)} inconnu : définissez-le d’abord sur sa feuille`,
    model: (p) => `contrôle du modèle : ${p.detail ?? ''}`,
    'unknown-sheet': () => 'feuille inconnue, non lue',
    'as-of-inferred': (p) =>
      `as_of est vide : le flux est daté du ${p.value ?? ''}, fin de la dernière observation`,
    'model-warning': (p) => `avertissement du modèle : ${p.detail ?? ''}`,
  },
  ar: {
    'not-a-number': (p) => `${q(p.value)} ليس عددا`,
    'not-an-integer': (p) => `${q(p.value)} ليس عددا صحيحا`,
    'not-yes-no': (p) => `${q(p.value)} ليس yes (نعم) ولا no (لا)`,
    'not-a-date': (p) => `${q(p.value)} ليس تاريخا (YYYY-MM-DD أو DD/MM/YYYY)`,
    'not-a-period': (p) =>
      `${q(p.value)} ليس فترة (2022 أو 2022-H1 أو 2022-Q3 أو 2022-07 أو 2022-07-14 أو A/B)`,
    'not-in-list': (p) => `${q(p.value)} ليس من قيم القائمة المنسدلة`,
    'missing-sheet': () => 'هذه الورقة غير موجودة',
    'duplicate-sheet': (p) => `ورقة ثانية لـ ${q(p.value)}؛ احتفظ بواحدة`,
    'no-header': (p) => `لم يُعثر على سطر العناوين (أسماء أعمدة مثل ${p.value ?? ''})`,
    'missing-column': () => 'هذا العمود غير موجود',
    'unknown-column': () => 'عمود غير معروف؛ أعد تسميته كما في النموذج أو احذفه',
    'personal-column': () =>
      'يبدو أن هذا العمود يحتوي على معطيات شخصية (أسماء، هواتف…): لا يضم التدفق إلا معطيات مجمعة؛ احذفه',
    'duplicate-column': () => 'هذا العمود مكرر',
    'cell-without-header': (p) => `${q(p.value)} في عمود بلا عنوان`,
    'unknown-field': () => 'حقل برنامج غير معروف',
    'duplicate-field': () => 'هذا الحقل مكرر',
    'unknown-indicator': (p) => `لا يوجد مؤشر ${q(p.value)} في ورقة indicators`,
    'parity-threshold-without-parity': () => 'عتبة مناصفة، لكن parity تساوي no',
    required: () => 'إلزامي لكنه فارغ',
    'unknown-id': (p) => `${p.detail ?? ''} ${q(p.value)} غير معروف: عرّفه أولا في ورقته`,
    model: (p) => `فحص النموذج: ${p.detail ?? ''}`,
    'unknown-sheet': () => 'ورقة غير معروفة، لم تُقرأ',
    'as-of-inferred': (p) => `as_of فارغ: تاريخ التدفق ${p.value ?? ''}، نهاية آخر ملاحظة`,
    'model-warning': (p) => `تنبيه النموذج: ${p.detail ?? ''}`,
  },
};

const WHERE: Readonly<
  Record<WorkbookLang, { sheet: string; row: string; column: string; field: string; sep: string }>
> = {
  en: { sheet: 'sheet', row: 'row', column: 'column', field: 'field', sep: ': ' },
  fr: { sheet: 'feuille', row: 'ligne', column: 'colonne', field: 'champ', sep: ' : ' },
  ar: { sheet: 'الورقة', row: 'السطر', column: 'العمود', field: 'الحقل', sep: ': ' },
};

/** `sheet observations, row 12, column value: "12,5x" is not a number` in the chosen language. */
export function describeProblem(p: Problem | Notice, lang: WorkbookLang): string {
  const w = WHERE[lang];
  const comma = lang === 'ar' ? '، ' : ', ';
  const where = [
    `${w.sheet} ${p.sheet}`,
    ...(p.row !== undefined ? [`${w.row} ${p.row}`] : []),
    ...(p.column !== undefined ? [`${w.column} ${p.column}`] : []),
    ...(p.field !== undefined ? [`${w.field} ${p.field}`] : []),
  ].join(comma);
  return `${where}${w.sep}${MESSAGES[lang][p.code](p)}`;
}
