import type { FunnelWords } from './funnel-words.js';
import type { ParityWords } from './parity-words.js';
import type { StatusWords } from './status-words.js';
import type { Words } from './words.js';

const ORDINAL = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

export const ar: Words = {
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
  notKnown: 'غير معروف',
  column: {
    indicator: 'المؤشر',
    period: 'الفترة',
    value: 'القيمة',
    region: 'الجهة',
    commune: 'الجماعة',
    sex: 'الجنس',
    profile: 'الفئة',
    activity: 'النشاط',
    call: 'طلب المشاريع',
    source: 'المصدر',
    women: 'النساء',
    men: 'الرجال',
    total: 'المجموع',
    share: 'نسبة النساء',
    status: 'الحالة',
    actual: 'المنجز',
    target: 'الهدف',
    expected: 'المتوقع',
    completion: 'نسبة الإنجاز',
    synthetic: 'اصطناعي',
    budget: 'الميزانية',
  },
  yes: 'نعم',
};

export const arParity: ParityWords = {
  parityStatus: { meets: 'المناصفة متحققة', below: 'دون المناصفة', unknown: 'غير معروف' },
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

export const arFunnel: FunnelWords = {
  funnelTitle: 'طلبات المشاريع: الترشيحات والانتقاء والتمويل',
  stage: { applications: 'الترشيحات', selected: 'المنتقاة', funded: 'الممولة' },
  budget: (a) => `الميزانية: ${a}`,
};

export const arStatus: StatusWords = {
  achieved: 'تحقق',
  'on-track': 'على المسار',
  'at-risk': 'معرّض للخطر',
  'off-track': 'متأخر',
  'no-target': 'بدون هدف',
  'no-data': 'لا توجد بيانات',
};
