/**
 * Figures taken from the PRIM source documents (French), with the verbatim sentence each
 * comes from, so that the repository carries its own evidence. Whitespace inside a quote
 * is normalised (line breaks of the PDF text become spaces) and Markdown emphasis dropped;
 * nothing else is changed. One figure per value, so every observation cites one sentence.
 */

export interface SeedDocument {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** Date or period of the document. */
  readonly date: string;
  readonly note: string;
}

export interface SeedFigure {
  readonly id: string;
  readonly document: keyof typeof SEED_DOCUMENTS;
  readonly value: number;
  readonly quote: string;
}

export const SEED_DOCUMENTS = {
  evaluation: {
    id: 'evaluation',
    title: 'Évaluation à mi-parcours du Programme Régional des Initiatives de la Migration (PRIM)',
    publisher: 'Expertise France (évaluation externe)',
    date: '2022-Q4',
    note: 'Mid-term evaluation carried out in Q4 2022, covering September 2020 onwards (seeds 000 and 001: summary and report).',
  },
  brochure: {
    id: 'brochure',
    title: 'PRIM dans le Souss Massa — projets en cours de mise en œuvre (brochure)',
    publisher: 'Migrations & Développement',
    date: '2023',
    note: 'Undated brochure of the Souss-Massa implementing partner; its latest event is June 2023 (seed 002).',
  },
  'baom-tor': {
    id: 'baom-tor',
    title: 'Termes de référence — Capitalisation du dispositif des BAOM',
    publisher: 'Migrations & Développement',
    date: '2023-08',
    note: 'Call for a consultancy, deadline 15 August 2023 (seed 003).',
  },
  'baom-study': {
    id: 'baom-study',
    title:
      'Rapport d’étude — Capitalisation sur la démarche expérimentée par M&D dans la mise en place et le fonctionnement des BAOM',
    publisher: 'Migrations & Développement',
    date: '2024',
    note: 'Study report of 2024, the deliverable of the terms of reference above (seed 004).',
  },
} satisfies Record<string, SeedDocument>;

export const SEED_FIGURES: readonly SeedFigure[] = [
  {
    id: 'S01',
    document: 'evaluation',
    value: 5,
    quote: 'objectif de financement de 100 projets, taux d’atteinte au 1er semestre 2022 : 5%',
  },
  {
    id: 'S02',
    document: 'evaluation',
    value: 10,
    quote:
      "Dans la région du Souss-Massa, le 1er appel à projet n'a pas été probant en termes de qualité de demandes de financement reçues : malgré les 10 dossiers réceptionnés aucun n'a été sélectionné pour l'octroi d'un financement.",
  },
  {
    id: 'S03',
    document: 'evaluation',
    value: 0,
    quote:
      "malgré les 10 dossiers réceptionnés aucun n'a été sélectionné pour l'octroi d'un financement",
  },
  {
    id: 'S04',
    document: 'evaluation',
    value: 12,
    quote:
      "Dans la région du Souss-Massa (actions portées par M&D) avec un objectif initial de 12 communes accompagnées pour la création ou le renforcement des Bureaux d'Accueil et d'Orientation des Migrants (BAOMs)",
  },
  {
    id: 'S05',
    document: 'evaluation',
    value: 15,
    quote:
      "ce sont au final 15 communes qui sont aujourd'hui dotées de ce service. Le taux de fréquentation reste encore peu élevé, en raison certainement de la jeunesse du service.",
  },
  {
    id: 'S06',
    document: 'brochure',
    value: 40,
    quote: '10 février 2020 Lancement officiel de PRIM 40 acteurs y ont pris part',
  },
  {
    id: 'S07',
    document: 'brochure',
    value: 160,
    quote:
      '4 août 2022 Organisation par M&D de la "Foire aux savoirs des dynamiques diasporiques" a été organisée à Agadir avec la diaspora et les acteurs territoriaux 160 participants-es impliqués',
  },
  {
    id: 'S08',
    document: 'brochure',
    value: 29,
    quote:
      'Du 14 au 23 novembre 2022 Formation sur le genre la migration au profit des cadres et élu-e-s des trois communes accompagnées : Ait Amira, Belfaa et Sidi Bibi 29 hommes et 11 femmes agents des communes et des services déconcentrés formé-e-s sur la thématique genre et migration',
  },
  {
    id: 'S09',
    document: 'brochure',
    value: 24,
    quote:
      "27, 28 et 29 décembre 2022 Accompagnement des collectivités territoriales pour l'intégration des projets migration et développement sensibles au genre dans les PAC et PDR 24 actions migration et genre élaborées par les communes de Sidi Bibi, Ait Amira et Belfaa",
  },
  {
    id: 'S10',
    document: 'brochure',
    value: 22,
    quote:
      '23-24 mai 2023 et 13 et 14 juin 2023 Formation pour les porteurs des projets sélectionnés sur la gestion administrative et financière et le suivi sensible au genre 22 représentant-e-s de 11 associations formées',
  },
  {
    id: 'S11',
    document: 'baom-tor',
    value: 3,
    quote:
      "Plus précisément, il est prévu de renforcer 3 BAOMS déjà existants dans les communes d'Ouijjane, Ammeln et Taliouine et d'accompagner 13 autres BAOMS au sein de 13 communes de la Région Souss Massa.",
  },
  {
    id: 'S12',
    document: 'baom-study',
    value: 16,
    quote:
      "Dans ce cadre, des Bureaux d'Accueil et d'Orientation des Migrant.e.s ont été mis en place dans 16 communes du Souss-Massa",
  },
  {
    id: 'S13',
    document: 'baom-tor',
    value: 16,
    quote:
      "La mise en place de la nouvelle génération des BAOMs dans les 16 communes de la région Souss-Massa s'est déroulée en différentes étapes",
  },
];

/** The Arabic name of PRIM, as the brochure (seed 002) prints it. */
export const PRIM_NAME_AR = 'البرنامج الجهوي لمبادرات الفاعلين في مجال الهجرة';
