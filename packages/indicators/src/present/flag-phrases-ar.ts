import type { FlagPhrases } from './flag-phrases.js';

export const ar: FlagPhrases = {
  codes: {
    'incomplete-disaggregation': 'تفصيل غير مكتمل',
    'missing-sex': 'الجنس غير مذكور',
    'out-of-range-date': 'تاريخ خارج فترة البرنامج',
    'conflicting-sources': 'مصادر متعارضة',
    stale: 'بيانات قديمة',
  },
  join: (parts) => parts.join('، '),
  wholeProgramme: 'البرنامج كاملًا',
  between: (low, high) => `بين ${low} و${high}`,
  splitBy: {
    sex: 'حسب الجنس',
    profile: 'حسب الفئة',
    commune: 'حسب الجماعة',
    region: 'حسب الجهة',
    activity: 'حسب النشاط',
    call: 'حسب طلب المشاريع',
  },
  incompleteDisaggregation: (w, p, t, by) =>
    `${w}: مجموع الأجزاء${by ? ` ${by}` : ''} هو ${p}، لكن المجموع المنشور هو ${t}.`,
  missingSex: (w, t) =>
    `${w}: ${t ? `${t} مشاركًا` : 'مشاركون'} دون توزيع حسب الجنس؛ عدد النساء غير معروف وليس صفرًا.`,
  afterFeedDate: (w, d) => `${w}: تنتهي الفترة بعد تاريخ البيانات (${d}).`,
  beforeProgramme: (w, d) => `${w}: تنتهي الفترة قبل بداية البرنامج (${d}).`,
  afterProgramme: (w, d) => `${w}: تبدأ الفترة بعد نهاية البرنامج (${d}).`,
  conflictingSources: (w, v) => `${w}: المصادر غير متطابقة — ${v}.`,
  stale: (w, days, d, limit) =>
    `${w}: تعود آخر قيمة إلى ${days} يومًا قبل ${d} (تُعد قديمة بعد ${limit} يومًا).`,
};
