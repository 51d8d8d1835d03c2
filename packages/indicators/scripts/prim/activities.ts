/** Activities whose participants the feed reports (the parity check reads them). */
import type { Activity } from '../../src/schema/types.js';

export const PRIM_ACTIVITIES: readonly Activity[] = [
  {
    id: 'launch',
    name: {
      fr: 'Lancement officiel du PRIM',
      ar: 'الإطلاق الرسمي للبرنامج',
      en: 'Official launch of PRIM',
    },
    start: '2021-02-10',
    end: '2021-02-10',
    region: 'souss-massa',
    commune: 'agadir',
    source: 'F04',
    note: 'Dated by the press (F04, Wednesday 10 February 2021, Wilaya of Agadir); the Souss-Massa brochure says 10 February 2020. Both are kept.',
  },
  {
    id: 'knowledge-fair-2022',
    name: {
      fr: 'Foire aux savoirs des dynamiques diasporiques',
      ar: 'معرض المعارف حول ديناميات الجالية',
      en: 'Knowledge fair on diaspora dynamics',
    },
    start: '2022-08-04',
    end: '2022-08-04',
    region: 'souss-massa',
    commune: 'agadir',
    source: 'S07',
  },
  {
    id: 'or-gender-planning-2022',
    name: {
      fr: 'Genre et migration dans la planification territoriale (4 sessions)',
      ar: 'النوع الاجتماعي والهجرة في التخطيط الترابي (4 دورات)',
      en: 'Gender and migration in territorial planning (4 sessions)',
    },
    start: '2022-09-29',
    end: '2022-10-26',
    region: 'oriental',
    component: 3,
    kind: 'training',
    source: 'F24',
    note: 'Two-day sessions in Berkane, Nador, Driouch and Oujda.',
  },
  {
    id: 'or-gender-training-2022-10',
    name: {
      fr: 'Formations genre et migration des acteurs du territoire (5 sessions)',
      ar: 'تكوينات حول النوع الاجتماعي والهجرة لفائدة الفاعلين الترابيين (5 دورات)',
      en: 'Gender and migration trainings for territorial actors (5 sessions)',
    },
    start: '2022-10-01',
    end: '2022-10-31',
    region: 'oriental',
    component: 3,
    kind: 'training',
    source: 'F21',
  },
  {
    id: 'sm-gender-training-2022-11',
    name: {
      fr: 'Formation genre et migration des cadres et élu·e·s (Aït Amira, Belfaa, Sidi Bibi)',
      ar: 'تكوين حول النوع الاجتماعي والهجرة لفائدة الأطر والمنتخبين (آيت اعميرة، بلفاع، سيدي بيبي)',
      en: 'Gender and migration training for officials (Ait Amira, Belfaa, Sidi Bibi)',
    },
    start: '2022-11-14',
    end: '2022-11-23',
    region: 'souss-massa',
    component: 3,
    kind: 'training',
    source: 'S08',
  },
  {
    id: 'sm-project-holders-training-2023',
    name: {
      fr: 'Formation des porteurs de projets (gestion et suivi sensible au genre)',
      ar: 'تكوين حاملي المشاريع (التدبير والتتبع المراعي للنوع الاجتماعي)',
      en: 'Training of project holders (management and gender-sensitive monitoring)',
    },
    start: '2023-05-23',
    end: '2023-06-14',
    region: 'souss-massa',
    component: 1,
    kind: 'training',
    source: 'S10',
  },
];
