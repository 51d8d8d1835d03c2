import type { Lang } from '@prim/indicators';

/** The embed builder's strings, one typed entry per language. */
export interface BuilderMessages {
  readonly title: string;
  readonly intro: string;
  readonly back: string;
  readonly widget: string;
  readonly indicator: string;
  readonly language: string;
  readonly theme: string;
  readonly asOf: string;
  readonly region: string;
  readonly commune: string;
  readonly any: string;
  readonly preview: string;
  readonly snippets: string;
  readonly scriptVariant: string;
  readonly inlineVariant: string;
  readonly iframeVariant: string;
  readonly copy: string;
  readonly copied: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  readonly noChart: string;
  readonly inlineNote: string;
  readonly iframeNote: string;
  /** Labels of the element-specific options (widget-catalog.ts), by attribute name. */
  readonly options: Readonly<Record<string, string>>;
}

export const BUILDER_MESSAGES: Readonly<Record<Lang, BuilderMessages>> = {
  fr: {
    title: 'Intégrer un widget PRIM',
    intro: 'Choisissez un widget et ses options, vérifiez l’aperçu, puis copiez le code.',
    back: 'Retour au tableau de bord',
    widget: 'Widget',
    indicator: 'Indicateur(s)',
    language: 'Langue',
    theme: 'Thème',
    asOf: 'À la date du',
    region: 'Région',
    commune: 'Commune',
    any: '(toutes)',
    preview: 'Aperçu',
    snippets: 'Code à copier',
    scriptVariant: 'Script + élément',
    inlineVariant: 'Données intégrées',
    iframeVariant: 'Iframe (sites sans scripts tiers)',
    copy: 'Copier',
    copied: 'Copié',
    downloadSvg: 'Télécharger en SVG',
    downloadPng: 'Télécharger en PNG',
    noChart: 'Ce widget n’a pas de graphique à exporter.',
    inlineNote: 'Les données utiles au widget sont copiées dans la page : aucune requête.',
    iframeNote: 'Pour les sites qui interdisent les scripts externes.',
    options: { by: 'Barres empilées par', layout: 'Disposition' },
  },
  ar: {
    title: 'إدماج عنصر PRIM',
    intro: 'اختر العنصر وخياراته، تحقق من المعاينة، ثم انسخ الشيفرة.',
    back: 'العودة إلى لوحة المؤشرات',
    widget: 'العنصر',
    indicator: 'المؤشر(ات)',
    language: 'اللغة',
    theme: 'المظهر',
    asOf: 'بتاريخ',
    region: 'الجهة',
    commune: 'الجماعة',
    any: '(الكل)',
    preview: 'معاينة',
    snippets: 'الشيفرة',
    scriptVariant: 'سكريبت + عنصر',
    inlineVariant: 'بيانات مدمجة',
    iframeVariant: 'إطار iframe (للمواقع التي تمنع السكريبتات)',
    copy: 'نسخ',
    copied: 'تم النسخ',
    downloadSvg: 'تنزيل SVG',
    downloadPng: 'تنزيل PNG',
    noChart: 'لا يحتوي هذا العنصر على رسم قابل للتصدير.',
    inlineNote: 'تُنسخ البيانات اللازمة داخل الصفحة: دون أي طلب.',
    iframeNote: 'للمواقع التي تمنع السكريبتات الخارجية.',
    options: { by: 'تكديس الأعمدة حسب', layout: 'التخطيط' },
  },
  en: {
    title: 'Embed a PRIM widget',
    intro: 'Pick a widget and its options, check the preview, then copy the code.',
    back: 'Back to the dashboard',
    widget: 'Widget',
    indicator: 'Indicator(s)',
    language: 'Language',
    theme: 'Theme',
    asOf: 'As of',
    region: 'Region',
    commune: 'Commune',
    any: '(all)',
    preview: 'Preview',
    snippets: 'Code to copy',
    scriptVariant: 'Script + element',
    inlineVariant: 'Inline data',
    iframeVariant: 'Iframe (sites that forbid scripts)',
    copy: 'Copy',
    copied: 'Copied',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    noChart: 'This widget has no chart to export.',
    inlineNote: 'The data the widget needs is copied into the page: no request.',
    iframeNote: 'For sites that forbid external scripts.',
    options: { by: 'Stack bars by', layout: 'Layout' },
  },
};
