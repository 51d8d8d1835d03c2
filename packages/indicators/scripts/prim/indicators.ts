/**
 * The indicators of the built-in PRIM feed. Ids are fixed: widgets, the CLI and the
 * computations name them. Targets read their values from the evidence they cite.
 */
import type { Indicator } from '../../src/schema/types.js';
import type { EvidenceLookup } from './evidence.js';

export const PROGRAMME_START = '2020-09-01';
export const PROGRAMME_END = '2024-08-31';

const PROJECTS = { fr: 'projets', ar: 'مشاريع', en: 'projects' };
const PEOPLE = { fr: 'personnes', ar: 'أشخاص', en: 'people' };
const COMMUNES = { fr: 'communes', ar: 'جماعات', en: 'communes' };

export function primIndicators(evidence: EvidenceLookup): Indicator[] {
  const target = (id: string, note?: string, region?: string) => ({
    value: evidence(id).value,
    date: PROGRAMME_END,
    ...(region ? { region } : {}),
    source: id,
    ...(note ? { note } : {}),
  });
  const flow = { kind: 'count', aggregation: 'sum', direction: 'increase' } as const;
  const stock = { kind: 'count', aggregation: 'last', direction: 'increase' } as const;
  return [
    {
      id: 'fund-completion',
      component: 1,
      name: {
        fr: 'Projets financés (cumul) — taux d’atteinte de l’objectif de 100 projets',
        ar: 'المشاريع الممولة (تراكمي) — نسبة بلوغ هدف 100 مشروع',
        en: 'Projects funded (cumulative) — completion of the 100-project objective',
      },
      description: {
        fr: 'Nombre cumulé de projets « migration et développement » financés par le fonds régional, rapporté à l’objectif d’environ 100 projets.',
        ar: 'العدد التراكمي لمشاريع « الهجرة والتنمية » الممولة من الصندوق الجهوي مقارنة بهدف حوالي 100 مشروع.',
        en: 'Cumulative number of "migration and development" projects funded by the regional fund, against the objective of about 100 projects.',
      },
      unit: PROJECTS,
      ...stock,
      cumulative: true,
      baseline: {
        value: 0,
        date: PROGRAMME_START,
        note: 'No project was funded before the programme began.',
      },
      target: target('F03', '"Environ 100 projets": an approximate objective.'),
    },
    {
      id: 'fund-applications',
      component: 1,
      name: {
        fr: 'Candidatures reçues',
        ar: 'طلبات الترشيح المتوصل بها',
        en: 'Applications received',
      },
      description: {
        fr: 'Dossiers reçus par appel à projets.',
        ar: 'الملفات المتوصل بها في كل طلب مشاريع.',
        en: 'Applications received per call for projects.',
      },
      unit: { fr: 'dossiers', ar: 'ملفات', en: 'applications' },
      ...flow,
    },
    {
      id: 'fund-selected',
      component: 1,
      name: { fr: 'Projets sélectionnés', ar: 'المشاريع المنتقاة', en: 'Projects selected' },
      unit: PROJECTS,
      ...flow,
    },
    {
      id: 'fund-funded',
      component: 1,
      name: {
        fr: 'Projets financés par appel',
        ar: 'المشاريع الممولة حسب طلب المشاريع',
        en: 'Projects funded per call',
      },
      unit: PROJECTS,
      ...flow,
    },
    {
      id: 'fund-budget',
      component: 1,
      name: {
        fr: 'Budget des projets financés',
        ar: 'ميزانية المشاريع الممولة',
        en: 'Budget of the projects funded',
      },
      description: {
        fr: 'Enveloppe des projets de chaque appel, dans la devise de la source (MAD ou EUR, jamais additionnées).',
        ar: 'الغلاف المالي لمشاريع كل طلب، بعملة المصدر (درهم أو أورو، لا تُجمع).',
        en: 'Envelope of each call’s projects, in the source’s currency (MAD or EUR, never added together).',
      },
      kind: 'currency',
      aggregation: 'sum',
      direction: 'increase',
    },
    {
      id: 'project-beneficiaries',
      component: 1,
      name: {
        fr: 'Bénéficiaires des projets financés',
        ar: 'المستفيدون من المشاريع الممولة',
        en: 'Beneficiaries of the projects funded',
      },
      unit: PEOPLE,
      ...stock,
      cumulative: true,
      note: 'End-of-project figure only; no sex or profile breakdown is public.',
    },
    {
      id: 'baom-coverage',
      component: 2,
      name: {
        fr: 'Communes dotées d’un BAOM (Souss-Massa)',
        ar: 'الجماعات المتوفرة على مكتب لاستقبال وتوجيه المهاجرين (سوس ماسة)',
        en: 'Communes with a BAOM (Souss-Massa)',
      },
      description: {
        fr: 'Communes accompagnées pour créer ou renforcer un Bureau d’Accueil et d’Orientation des Migrant·e·s.',
        ar: 'الجماعات المواكبة لإحداث أو تعزيز مكتب لاستقبال وتوجيه المهاجرين.',
        en: 'Communes supported to create or strengthen a migrants’ reception and orientation office (BAOM).',
      },
      unit: COMMUNES,
      ...stock,
      baseline: {
        value: evidence('S11').value,
        date: PROGRAMME_START,
        source: 'S11',
        note: 'BAOMs that existed before PRIM (Ouijjane, Ammeln, Taliouine).',
      },
      target: target('S04', 'Initial objective of 12 communes in Souss-Massa.', 'souss-massa'),
    },
    {
      id: 'reception-cells',
      component: 2,
      name: {
        fr: 'Cellules communales d’accueil et d’orientation (Oriental)',
        ar: 'الخلايا الجماعية للاستقبال والتوجيه (الشرق)',
        en: 'Communal reception and orientation cells (Oriental)',
      },
      unit: { fr: 'cellules', ar: 'خلايا', en: 'cells' },
      ...stock,
    },
    {
      id: 'baom-footfall',
      component: 2,
      name: {
        fr: 'Fréquentation des BAOM (personnes reçues)',
        ar: 'عدد الأشخاص المستقبَلين في مكاتب الاستقبال والتوجيه',
        en: 'BAOM footfall (people received)',
      },
      description: {
        fr: 'Personnes reçues par BAOM et par mois, par profil et par sexe. Données SYNTHÉTIQUES de démonstration : aucun chiffre public n’existe.',
        ar: 'عدد الأشخاص المستقبَلين في كل مكتب شهريا حسب الفئة والجنس. معطيات اصطناعية للعرض: لا توجد أرقام منشورة.',
        en: 'People received per BAOM and month, by profile and sex. SYNTHETIC demo data: no public counts exist.',
      },
      unit: PEOPLE,
      ...flow,
    },
    {
      id: 'pac-actions',
      component: 2,
      name: {
        fr: 'Actions migration et genre inscrites aux plans d’action communaux',
        ar: 'أنشطة الهجرة والنوع الاجتماعي المدرجة في برامج عمل الجماعات',
        en: 'Migration and gender actions in communal action plans',
      },
      unit: { fr: 'actions', ar: 'أنشطة', en: 'actions' },
      ...flow,
    },
    {
      id: 'participants',
      component: 3,
      name: {
        fr: 'Participant·e·s aux activités',
        ar: 'المشاركات والمشاركون في الأنشطة',
        en: 'Participants in activities',
      },
      description: {
        fr: 'Personnes ayant pris part à chaque activité, par sexe quand la source le dit.',
        ar: 'الأشخاص المشاركون في كل نشاط، حسب الجنس عندما يذكره المصدر.',
        en: 'People who took part in each activity, by sex when the source says.',
      },
      unit: PEOPLE,
      ...flow,
      parity: { threshold: 0.5 },
    },
    {
      id: 'participants-women-share',
      component: 3,
      name: {
        fr: 'Part des femmes parmi les participant·e·s (déclarée)',
        ar: 'نسبة النساء من بين المشاركين (حسب المصدر)',
        en: 'Share of women among participants (as reported)',
      },
      description: {
        fr: 'Part des femmes quand la source ne donne qu’un pourcentage, sans effectifs.',
        ar: 'نسبة النساء عندما يذكر المصدر نسبة مئوية فقط دون أعداد.',
        en: 'Share of women when a source gives only a percentage, not counts.',
      },
      unit: { fr: 'part', ar: 'نسبة', en: 'share' },
      kind: 'ratio',
      aggregation: 'ratio',
      direction: 'increase',
      parity: { threshold: 0.5 },
    },
  ];
}
