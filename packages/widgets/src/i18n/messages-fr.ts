import { wordsFor } from '@prim/indicators/present';
import type { FootfallMessages } from './footfall-messages.js';
import type { IndicatorMessages } from './indicator-messages.js';
import type { Messages } from './messages.js';

const words = wordsFor('fr');

export const fr: Messages = {
  lang: 'fr',
  loading: 'Chargement des données…',
  errorTitle: 'Les données ne peuvent pas être affichées.',
  errorNoSource:
    'Aucune source de données : ajoutez un attribut src, une propriété feed ou un script JSON.',
  errorNetwork: (url) => `Le flux est inaccessible (réseau) : ${url}`,
  errorHttp: (s) => `Le serveur a répondu HTTP ${s}`,
  errorFeed: 'Le flux de données est invalide :',
  errorOption: (d) => `Attribut invalide : ${d}`,
  errorRender: 'Erreur d’affichage :',
  moreIssues: (c) => `… et ${c} de plus.`,
  partialNotice: 'Une partie du flux est invalide et n’est pas affichée :',
  unknownIndicator: (id) => `Indicateur inconnu dans ce flux : « ${id} ».`,
  empty: 'Aucune donnée pour ces filtres.',
  synthetic: 'Données synthétiques (fictives), à titre de démonstration.',
  asOf: (d) => `Données au ${d}`,
  stale: (items) => `Données anciennes : ${items.join(' ; ')}.`,
  staleItem: (i, p) => `${i}, dernière observation ${p}`,
  sources: 'Sources :',
  parityTitle: 'Part des femmes par activité',
  parityLine: (t) => `Seuil de parité : ${t}`,
  dataTable: 'Tableau de données',
  downloadCsv: 'Télécharger (CSV)',
  downloadSvg: 'Télécharger (SVG)',
  downloadPng: 'Télécharger (PNG)',
  unknown: words.notKnown,
  column: words.column,
};

export const frFootfall: FootfallMessages = {
  footfallTitle: 'Personnes reçues dans les BAOM',
  footfallBy: { commune: 'par commune', profile: 'par profil', sex: 'par sexe' },
  footfallMultiples: (t) => `${t} : un graphique par commune`,
  footfallTotal: (v) => `Total : ${v} personnes reçues`,
  summerShare: (s, y) => `Juillet–août : ${s} des personnes reçues sur l’année (${y})`,
  summerRatio: (r) => `un mois d’été reçoit ${r} fois un mois ordinaire`,
  summerUnknown: 'Part de juillet–août : pas d’année complète pour la calculer.',
  summerBand: 'Juillet–août (saison des MRE)',
  withheld: 'Petit effectif masqué (< k)',
};

export const frIndicator: IndicatorMessages = {
  conflicts: 'Les sources divergent :',
  lowerBound: 'au moins (valeurs masquées)',
  targetBy: (v, d) => `Cible : ${v} au ${d}`,
  expectedByNow: (v) => `Attendu à cette date : ${v}`,
  completion: 'Taux d’atteinte',
  period: (p) => `Période : ${p}`,
  progressTitle: 'Avancement vers les cibles',
  trend: 'Évolution',
};
