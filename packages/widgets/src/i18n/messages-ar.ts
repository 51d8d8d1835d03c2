import { wordsFor } from '@prim/indicators/present';
import type { FootfallMessages } from './footfall-messages.js';
import type { IndicatorMessages } from './indicator-messages.js';
import type { Messages } from './messages.js';

const words = wordsFor('ar');

export const ar: Messages = {
  lang: 'ar',
  loading: 'جارٍ تحميل البيانات…',
  errorTitle: 'تعذّر عرض البيانات.',
  errorNoSource: 'لا يوجد مصدر للبيانات: أضف السمة src أو الخاصية feed أو نص JSON مضمّنًا.',
  errorNetwork: (url) => `تعذّر الوصول إلى مصدر البيانات (الشبكة): ${url}`,
  errorHttp: (s) => `أجاب الخادم HTTP ${s}`,
  errorFeed: 'مصدر البيانات غير صالح:',
  errorOption: (d) => `سمة غير صالحة: ${d}`,
  errorRender: 'خطأ في العرض:',
  moreIssues: (c) => `… و${c} أخرى.`,
  partialNotice: 'جزء من مصدر البيانات غير صالح ولا يُعرض:',
  unknownIndicator: (id) => `مؤشر غير موجود في هذا المصدر: «${id}».`,
  empty: 'لا توجد بيانات لهذه المعايير.',
  synthetic: 'بيانات اصطناعية (وهمية) لأغراض العرض.',
  asOf: (d) => `البيانات بتاريخ ${d}`,
  stale: (items) => `بيانات قديمة: ${items.join('؛ ')}.`,
  staleItem: (i, p) => `${i}، آخر ملاحظة ${p}`,
  sources: 'المصادر:',
  parityTitle: 'نسبة النساء حسب النشاط',
  parityLine: (t) => `عتبة المناصفة: ${t}`,
  dataTable: 'جدول البيانات',
  downloadCsv: 'تنزيل (CSV)',
  downloadSvg: 'تنزيل (SVG)',
  downloadPng: 'تنزيل (PNG)',
  unknown: words.notKnown,
  column: words.column,
};

export const arFootfall: FootfallMessages = {
  footfallTitle: 'الأشخاص المستقبلون في مكاتب الاستقبال والتوجيه',
  footfallBy: { commune: 'حسب الجماعة', profile: 'حسب الفئة', sex: 'حسب الجنس' },
  footfallMultiples: (t) => `${t}: رسم بياني لكل جماعة`,
  footfallTotal: (v) => `المجموع: ${v} شخصًا مستقبلًا`,
  summerShare: (s, y) => `يوليوز–غشت: ${s} من الأشخاص المستقبلين خلال السنة (${y})`,
  summerRatio: (r) => `يستقبل شهر صيفي ${r} مرة ما يستقبله شهر عادي`,
  summerUnknown: 'حصة يوليوز–غشت: لا توجد سنة كاملة لحسابها.',
  summerBand: 'يوليوز–غشت (موسم مغاربة العالم)',
  withheld: 'عدد صغير محجوب (< k)',
};

export const arIndicator: IndicatorMessages = {
  conflicts: 'المصادر متباينة:',
  lowerBound: 'على الأقل (قيم محجوبة)',
  targetBy: (v, d) => `الهدف: ${v} في ${d}`,
  expectedByNow: (v) => `المتوقع في هذا التاريخ: ${v}`,
  completion: 'نسبة الإنجاز',
  period: (p) => `الفترة: ${p}`,
  progressTitle: 'التقدم نحو الأهداف',
  trend: 'التطور',
};
