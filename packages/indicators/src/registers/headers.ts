/**
 * Column headers of a register in French, Arabic or English → canonical columns. Personal
 * columns (name, birth date, phone, notes…) are recognised only so that they can be named
 * as ignored: their cells are never read.
 */
import { foldKey } from './normalise-text.js';

/** The columns read from a register, in template order. */
export const REGISTER_COLUMNS = [
  'date',
  'commune',
  'profile',
  'sex',
  'request_type',
  'outcome',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** Optional column marking generated demo rows (written by `prim generate register`). */
export const SYNTHETIC_COLUMN = 'synthetic';

/** Columns a register may hold that must never leave it. */
export const PERSONAL_COLUMNS = ['name', 'birth_date', 'phone', 'notes'] as const;

export const HEADER_LABELS: Readonly<Record<RegisterColumn, { fr: string; ar: string }>> = {
  date: { fr: 'Date', ar: 'التاريخ' },
  commune: { fr: 'Commune', ar: 'الجماعة' },
  profile: { fr: 'Profil', ar: 'الفئة' },
  sex: { fr: 'Sexe', ar: 'الجنس' },
  request_type: { fr: 'Type de demande', ar: 'نوع الطلب' },
  outcome: { fr: 'Suite donnée', ar: 'النتيجة' },
};

const ALIASES: Readonly<Record<RegisterColumn | typeof SYNTHETIC_COLUMN, readonly string[]>> = {
  date: ['date', 'date de visite', 'date visite', 'jour', 'visit date', 'التاريخ', 'تاريخ الزيارة'],
  commune: ['commune', 'baom', 'commune baom', 'commune/baom', 'الجماعة', 'مكتب الاستقبال'],
  profile: [
    'profile',
    'profil',
    'profil du beneficiaire',
    'beneficiary profile',
    'categorie',
    'الفئة',
    'فئة المستفيد',
  ],
  sex: ['sex', 'sexe', 'genre', 'gender', 'الجنس', 'النوع'],
  request_type: [
    'request_type',
    'request type',
    'type de demande',
    'type demande',
    'objet de la demande',
    'demande',
    'نوع الطلب',
    'الطلب',
  ],
  outcome: ['outcome', 'suite donnee', 'suite', 'resultat', 'issue', 'النتيجة', 'مآل الطلب'],
  synthetic: ['synthetic', 'synthetique', 'اصطناعي'],
};

/**
 * Headers that identify a person. Never read from a register; a feed workbook with such a
 * column is refused (the CLI's `prim build`), since a feed holds aggregates only.
 */
export const IDENTITY_HEADERS: readonly string[] = [
  'name',
  'full name',
  'nom',
  'prenom',
  'nom et prenom',
  'nom complet',
  'الاسم',
  'الاسم الكامل',
  'birth_date',
  'date of birth',
  'date de naissance',
  'تاريخ الازدياد',
  'تاريخ الولادة',
  'phone',
  'telephone',
  'tel',
  'gsm',
  'الهاتف',
  'cin',
  'passport',
  'passeport',
  'address',
  'adresse',
  'العنوان',
];

/** Free-text notes about a visit are personal in a register too. */
const PERSONAL_ALIASES: readonly string[] = [
  ...IDENTITY_HEADERS,
  'notes',
  'note',
  'remarques',
  'observations',
  'commentaire',
  'ملاحظات',
];

const LOOKUP = new Map<string, RegisterColumn | typeof SYNTHETIC_COLUMN>(
  Object.entries(ALIASES).flatMap(([column, words]) =>
    words.map((w) => [foldKey(w), column as RegisterColumn | typeof SYNTHETIC_COLUMN] as const),
  ),
);
const PERSONAL = new Set(PERSONAL_ALIASES.map(foldKey));

export interface HeaderMap {
  /** Index of each canonical column in the row. */
  readonly columns: Readonly<Partial<Record<RegisterColumn, number>>>;
  readonly synthetic?: number;
  /** Required columns not found. */
  readonly missing: readonly RegisterColumn[];
  /** Headers recognised as personal data: never read. */
  readonly personal: readonly string[];
  /** Other headers, not read either. */
  readonly ignored: readonly string[];
  /** Canonical columns named twice: the first one is read. */
  readonly duplicates: readonly RegisterColumn[];
}

/** Maps a header row; the result says which columns are missing, ignored or personal. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns: Partial<Record<RegisterColumn, number>> = {};
  let synthetic: number | undefined;
  const personal: string[] = [];
  const ignored: string[] = [];
  const duplicates: RegisterColumn[] = [];
  headers.forEach((raw, index) => {
    const key = foldKey(raw);
    if (key === '') return;
    const column = LOOKUP.get(key);
    if (column === SYNTHETIC_COLUMN) synthetic ??= index;
    else if (column !== undefined) {
      if (columns[column] === undefined) columns[column] = index;
      else duplicates.push(column);
    } else if (PERSONAL.has(key)) personal.push(raw.trim());
    else ignored.push(raw.trim());
  });
  return {
    columns,
    ...(synthetic !== undefined ? { synthetic } : {}),
    missing: REGISTER_COLUMNS.filter((c) => columns[c] === undefined),
    personal,
    ignored,
    duplicates,
  };
}
