/**
 * The 16 Souss-Massa communes of the synthetic BAOM register.
 *
 * The list of the 16 communes with a BAOM is not public. The seeds name Ouijjane, Ammeln
 * and Taliouine (BAOMs that existed before PRIM), Belfaa (convention of June 2022),
 * Aït Amira, Sidi Bibi, Argana and Arbaa Rasmouka, and the Sept 2022 call's projects ran in
 * Agadir, Taroudant, Biougra and Tata; the other four are real Souss-Massa communes chosen
 * for illustration. The set, the opening months and the traits are illustrative, not facts.
 */
import type { Text } from '../schema/types.js';
import type { BaomProfile } from '../registers/register-row.js';

export interface BaomCommune {
  readonly id: string;
  readonly name: Text;
  /** First month the BAOM records visitors, `YYYY-MM`. */
  readonly opens: string;
  /** Relative footfall (1 = a typical rural BAOM). */
  readonly size: number;
  /** Relative weight of each profile among visitors, before seasonality. */
  readonly mix: Readonly<Record<BaomProfile, number>>;
}

// Typical visitor mixes. Emigration valleys see MRE and widows claiming pensions; the
// Chtouka-Aït Baha plain (farm jobs) sees third-country nationals (RPT); towns see all.
const VALLEY = { mre: 4, 'mre-returnee': 2, 'rights-holder': 3, rpt: 0.1, other: 0.5 };
const CHTOUKA = { mre: 2, 'mre-returnee': 1, 'rights-holder': 1.5, rpt: 4.5, other: 0.5 };
const TOWN = { mre: 3, 'mre-returnee': 1.5, 'rights-holder': 2, rpt: 1, other: 1 };

export const BAOM_COMMUNES: readonly BaomCommune[] = [
  // Reinforced BAOMs that predate PRIM (seed 003): they record from the first month.
  {
    id: 'taliouine',
    name: { fr: 'Taliouine', ar: 'تالوين', en: 'Taliouine' },
    opens: '2021-05',
    size: 1.3,
    mix: VALLEY,
  },
  {
    id: 'ammeln',
    name: { fr: 'Ammeln', ar: 'أملن', en: 'Ammeln' },
    opens: '2021-05',
    size: 1,
    mix: VALLEY,
  },
  {
    id: 'ouijjane',
    name: { fr: 'Ouijjane', ar: 'وجان', en: 'Ouijjane' },
    opens: '2021-05',
    size: 0.9,
    mix: VALLEY,
  },
  {
    id: 'agadir',
    name: { fr: 'Agadir', ar: 'أكادير', en: 'Agadir' },
    opens: '2021-07',
    size: 2,
    mix: TOWN,
  },
  {
    id: 'ait-amira',
    name: { fr: 'Aït Amira', ar: 'آيت اعميرة', en: 'Ait Amira' },
    opens: '2021-09',
    size: 1.4,
    mix: CHTOUKA,
  },
  {
    id: 'sidi-bibi',
    name: { fr: 'Sidi Bibi', ar: 'سيدي بيبي', en: 'Sidi Bibi' },
    opens: '2021-10',
    size: 1.1,
    mix: CHTOUKA,
  },
  {
    id: 'taroudant',
    name: { fr: 'Taroudant', ar: 'تارودانت', en: 'Taroudant' },
    opens: '2021-11',
    size: 1.5,
    mix: TOWN,
  },
  {
    id: 'tafraout',
    name: { fr: 'Tafraout', ar: 'تافراوت', en: 'Tafraout' },
    opens: '2021-12',
    size: 1,
    mix: VALLEY,
  },
  {
    id: 'argana',
    name: { fr: 'Argana', ar: 'أركانة', en: 'Argana' },
    opens: '2022-01',
    size: 0.7,
    mix: VALLEY,
  },
  {
    id: 'biougra',
    name: { fr: 'Biougra', ar: 'بيوكرى', en: 'Biougra' },
    opens: '2022-02',
    size: 1.2,
    mix: CHTOUKA,
  },
  {
    id: 'tiznit',
    name: { fr: 'Tiznit', ar: 'تيزنيت', en: 'Tiznit' },
    opens: '2022-03',
    size: 1.3,
    mix: TOWN,
  },
  {
    id: 'arbaa-rasmouka',
    name: { fr: 'Arbaa Rasmouka', ar: 'أربعاء رسموكة', en: 'Arbaa Rasmouka' },
    opens: '2022-04',
    size: 0.6,
    mix: VALLEY,
  },
  // Belfaa: the one BAOM with a public creation date, June 2022 (prim.ma, fact F52).
  {
    id: 'belfaa',
    name: { fr: 'Belfaa', ar: 'بلفاع', en: 'Belfaa' },
    opens: '2022-06',
    size: 1.4,
    mix: { ...CHTOUKA, rpt: 6 },
  },
  {
    id: 'tata',
    name: { fr: 'Tata', ar: 'طاطا', en: 'Tata' },
    opens: '2022-09',
    size: 0.8,
    mix: VALLEY,
  },
  {
    id: 'inezgane',
    name: { fr: 'Inezgane', ar: 'إنزكان', en: 'Inezgane' },
    opens: '2022-11',
    size: 1.4,
    mix: { ...TOWN, rpt: 1.5 },
  },
  // Fifteen BAOMs by late 2022 as the mid-term evaluation found; the sixteenth in 2023.
  {
    id: 'ouled-teima',
    name: { fr: 'Ouled Teima', ar: 'أولاد تايمة', en: 'Ouled Teima' },
    opens: '2023-03',
    size: 1.1,
    mix: { ...TOWN, rpt: 1.8 },
  },
];
