/**
 * Which observation each public fact (F..) or seed figure (S..) becomes. Values and quotes
 * are read from the facts file and seed-figures.ts; this table only says where a figure
 * belongs. Where sources disagree, every figure is kept with its own source (docs/domain.md, "M&E semantics").
 *
 * `period` defaults to the fact's own date; an undated figure must give one, the coarsest
 * honest period (the year of publication), and say so in `note`. `value` is only given
 * when a quote states a second figure (checked: it must appear in the quote).
 */
import type { Observation } from '../../src/schema/types.js';

export type MappedObservation = Omit<Observation, 'value' | 'source' | 'period'> & {
  readonly from: string;
  readonly period?: string;
  readonly value?: number;
  /** Multiplies the fact's value, e.g. 0.01 to store "37%" as the share 0.37. */
  readonly scale?: number;
};

const UNDATED_2025 =
  'Undated end-of-project article (c. 2025): period set to 2025, its publication year.';

export const FACT_MAP: readonly MappedObservation[] = [
  // — Component 1: projects funded, cumulative (fund-completion) —
  {
    from: 'S01',
    indicator: 'fund-completion',
    period: '2022-H1',
    note: 'Mid-term evaluation: 5% of the 100-project objective, i.e. 5 projects, programme-wide.',
  },
  {
    from: 'F12',
    indicator: 'fund-completion',
    region: 'oriental',
    note: 'Grant contracts signed for the 5 projects of the first Oriental call.',
  },
  { from: 'F44', indicator: 'fund-completion', region: 'souss-massa' },
  { from: 'F31', indicator: 'fund-completion', region: 'oriental' },
  {
    from: 'F63',
    indicator: 'fund-completion',
    note: 'AFD mission, December 2024: 60 projects in both regions (36 + 27 = 63 by region in May 2024).',
  },
  {
    from: 'F59',
    indicator: 'fund-completion',
    period: '2025',
    qualifier: 'at-least',
    note: `"pas moins de 64". ${UNDATED_2025}`,
  },
  {
    from: 'F49',
    indicator: 'fund-completion',
    region: 'souss-massa',
    period: '2025',
    qualifier: 'at-least',
    note: `"plus de 27". ${UNDATED_2025}`,
  },

  // — Component 1: the pipeline of each call —
  {
    from: 'S02',
    indicator: 'fund-applications',
    call: 'sm-call-1',
    period: '2020-09/2022-08',
    note: 'Undated in the evaluation: the call ran between the programme start and the September 2022 call.',
  },
  {
    from: 'S03',
    indicator: 'fund-selected',
    call: 'sm-call-1',
    period: '2020-09/2022-08',
    note: '"aucun n\'a été sélectionné": none of the 10 applications.',
  },
  {
    from: 'S03',
    indicator: 'fund-funded',
    call: 'sm-call-1',
    period: '2020-09/2022-08',
    note: 'None selected for funding, so none funded.',
  },
  { from: 'F07', indicator: 'fund-selected', call: 'or-call-1' },
  { from: 'F12', indicator: 'fund-funded', call: 'or-call-1' },
  { from: 'F08', indicator: 'fund-budget', call: 'or-call-1', currency: 'MAD' },
  { from: 'F35', indicator: 'fund-applications', call: 'sm-call-2' },
  { from: 'F35', indicator: 'fund-selected', call: 'sm-call-2', value: 7 },
  { from: 'F36', indicator: 'fund-funded', call: 'sm-call-2' },
  { from: 'F38', indicator: 'fund-budget', call: 'sm-call-2', currency: 'MAD' },
  {
    from: 'F37',
    indicator: 'fund-budget',
    call: 'sm-call-2',
    currency: 'MAD',
    qualifier: 'approximate',
    note: '"environ 1,1 MDH": the same envelope as 1,107,000 MAD, rounded.',
  },
  {
    from: 'F39',
    indicator: 'fund-budget',
    call: 'sm-call-2',
    currency: 'EUR',
    note: 'The same envelope in euros, as Jihat.ma converts it.',
  },
  { from: 'F30', indicator: 'fund-funded', call: 'or-guichet' },
  { from: 'F32', indicator: 'fund-budget', call: 'or-guichet', currency: 'EUR' },
  { from: 'F43', indicator: 'fund-funded', call: 'sm-guichet' },
  {
    from: 'F45',
    indicator: 'fund-budget',
    call: 'sm-guichet',
    currency: 'MAD',
    note: 'prim.ma says 8,220,000 MAD; the Regional Council says 8,222,000 MAD.',
  },
  {
    from: 'F46',
    indicator: 'fund-budget',
    call: 'sm-guichet',
    currency: 'MAD',
    note: 'Regional Council communiqué; prim.ma says 8,220,000 MAD.',
  },
  { from: 'F60', indicator: 'project-beneficiaries', period: '2025', note: UNDATED_2025 },

  // — Component 2: BAOM coverage (Souss-Massa) and reception cells (Oriental) —
  {
    from: 'F50',
    indicator: 'baom-coverage',
    region: 'souss-massa',
    note: 'PRIM supports BAOMs in 16 territorial collectivities (March 2022).',
  },
  {
    from: 'S05',
    indicator: 'baom-coverage',
    region: 'souss-massa',
    period: '2022-Q4',
    note: 'Mid-term evaluation (Q4 2022): 15 communes, against 16 in other sources.',
  },
  {
    from: 'S13',
    indicator: 'baom-coverage',
    region: 'souss-massa',
    period: '2023-08',
    note: 'Terms of reference of August 2023: BAOMs set up in 16 communes (past tense).',
  },
  {
    from: 'S12',
    indicator: 'baom-coverage',
    region: 'souss-massa',
    period: '2024',
    note: 'BAOM study report of 2024 (no month given).',
  },
  {
    from: 'F57',
    indicator: 'baom-coverage',
    region: 'souss-massa',
    period: '2025',
    note: `BAOMs "créés ou renforcés". ${UNDATED_2025}`,
  },
  {
    from: 'F55',
    indicator: 'reception-cells',
    region: 'oriental',
    note: 'Driouch, Nador, Berkane, Oujda, Guercif, Figuig.',
  },
  {
    from: 'F56',
    indicator: 'reception-cells',
    region: 'oriental',
    period: '2025',
    note: `8 cells, against 6 in August 2024. ${UNDATED_2025}`,
  },
  {
    from: 'S09',
    indicator: 'pac-actions',
    region: 'souss-massa',
    period: '2022-12-27/2022-12-29',
    note: 'Communes of Sidi Bibi, Aït Amira and Belfaa.',
  },
  {
    from: 'F29',
    indicator: 'pac-actions',
    region: 'oriental',
    note: 'Projects planned for 2023 in the action plans of Nador, Berkane, Oujda and Driouch.',
  },

  // — Component 3: participants and the parity check —
  {
    from: 'S06',
    indicator: 'participants',
    activity: 'launch',
    period: '2020-02-10',
    note: 'The brochure dates the launch 10 February 2020, before the programme began; the press (F04) says Wednesday 10 February 2021.',
  },
  { from: 'S07', indicator: 'participants', activity: 'knowledge-fair-2022', period: '2022-08-04' },
  {
    from: 'S08',
    indicator: 'participants',
    activity: 'sm-gender-training-2022-11',
    sex: 'male',
    period: '2022-11-14/2022-11-23',
  },
  {
    from: 'S08',
    indicator: 'participants',
    activity: 'sm-gender-training-2022-11',
    sex: 'female',
    period: '2022-11-14/2022-11-23',
    value: 11,
  },
  {
    from: 'F22',
    indicator: 'participants',
    activity: 'or-gender-training-2022-10',
    note: 'No count of women is given, only their share (see participants-women-share).',
  },
  {
    from: 'F23',
    indicator: 'participants-women-share',
    activity: 'or-gender-training-2022-10',
    scale: 0.01,
    note: '"dont 37% sont des femmes", stored as the share 0.37.',
  },
  {
    from: 'F24',
    indicator: 'participants',
    activity: 'or-gender-planning-2022',
    qualifier: 'at-least',
    note: '"plus de 80" over the four sessions; no sex breakdown.',
  },
  {
    from: 'F25',
    indicator: 'participants',
    activity: 'or-gender-planning-2022',
    commune: 'berkane',
    qualifier: 'approximate',
    note: '"une vingtaine"',
  },
  {
    from: 'F26',
    indicator: 'participants',
    activity: 'or-gender-planning-2022',
    commune: 'nador',
    qualifier: 'approximate',
    note: '"une vingtaine"',
  },
  {
    from: 'F27',
    indicator: 'participants',
    activity: 'or-gender-planning-2022',
    commune: 'driouch',
    qualifier: 'approximate',
    note: '"une vingtaine"',
  },
  {
    from: 'F28',
    indicator: 'participants',
    activity: 'or-gender-planning-2022',
    commune: 'oujda',
    qualifier: 'approximate',
    note: '"une vingtaine"',
  },
  {
    from: 'S10',
    indicator: 'participants',
    activity: 'sm-project-holders-training-2023',
    period: '2023-05-23/2023-06-14',
    note: '22 representatives of 11 associations; no sex breakdown.',
  },
];
