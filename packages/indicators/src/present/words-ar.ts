import type { Words } from './words.js';

const ORDINAL = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

export const ar: Words = {
  status: {
    achieved: 'تحقق',
    'on-track': 'على المسار',
    'at-risk': 'معرّض للخطر',
    'off-track': 'متأخر',
    'no-target': 'بدون هدف',
    'no-data': 'لا توجد بيانات',
  },
  parityStatus: { meets: 'المناصفة متحققة', below: 'دون المناصفة', unknown: 'غير معروف' },
  half: (n, y) => `النصف ${ORDINAL[n - 1] ?? n} من ${y}`,
  quarter: (n, y) => `الربع ${ORDINAL[n - 1] ?? n} من ${y}`,
  unknown: '—',
  bound: { approx: (v) => `≈ ${v}`, 'at-least': (v) => `≥ ${v}`, below: (v) => `< ${v}` },
  over: (v, span) => `${v}، ${span}`,
  synthetic: 'بيانات اصطناعية',
  others: 'أخرى',
  notStated: 'غير محدد',
  people: { zero: 'شخص', one: 'شخص', two: 'شخصان', few: 'أشخاص', many: 'شخصًا', other: 'شخص' },
  errors: { zero: 'خطأ', one: 'خطأ', two: 'خطآن', few: 'أخطاء', many: 'خطأً', other: 'خطأ' },
  warnings: {
    zero: 'تنبيه',
    one: 'تنبيه',
    two: 'تنبيهان',
    few: 'تنبيهات',
    many: 'تنبيهًا',
    other: 'تنبيه',
  },
  flags: {
    zero: 'تنبيه جودة',
    one: 'تنبيه جودة',
    two: 'تنبيها جودة',
    few: 'تنبيهات جودة',
    many: 'تنبيهًا للجودة',
    other: 'تنبيه جودة',
  },
  activities: {
    zero: 'نشاط',
    one: 'نشاط',
    two: 'نشاطان',
    few: 'أنشطة',
    many: 'نشاطًا',
    other: 'نشاط',
  },
  parityHeadline: (m, k) => `${m} من ${k} تحقق المناصفة`,
  withoutSex: (n) => `${n} بدون توزيع حسب الجنس`,
};
