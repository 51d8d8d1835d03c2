import type { FlagPhrases } from './flag-phrases.js';

export const fr: FlagPhrases = {
  codes: {
    'incomplete-disaggregation': 'Ventilation incomplète',
    'missing-sex': 'Sexe non renseigné',
    'out-of-range-date': 'Date hors du programme',
    'conflicting-sources': 'Sources en désaccord',
    stale: 'Données anciennes',
  },
  join: (parts) => parts.join(', '),
  wholeProgramme: 'ensemble du programme',
  between: (low, high) => `entre ${low} et ${high}`,
  splitBy: {
    sex: 'par sexe',
    profile: 'par profil',
    commune: 'par commune',
    region: 'par région',
    activity: 'par action',
    call: 'par appel',
  },
  incompleteDisaggregation: (w, p, t, by) =>
    `${w} : les parties${by ? ` ${by}` : ''} totalisent ${p}, mais le total publié est ${t}.`,
  missingSex: (w, t) =>
    `${w} : ${t ? `${t} participants` : 'des participants'} sans répartition par sexe ; le nombre de femmes est inconnu, pas nul.`,
  afterFeedDate: (w, d) => `${w} : la période se termine après la date du flux (${d}).`,
  beforeProgramme: (w, d) => `${w} : la période se termine avant le début du programme (${d}).`,
  afterProgramme: (w, d) => `${w} : la période commence après la fin du programme (${d}).`,
  conflictingSources: (w, v) => `${w} : les sources ne concordent pas — ${v}.`,
  stale: (w, days, d, limit) =>
    `${w} : la dernière valeur porte sur une période close ${days} jours avant le ${d} (au-delà de ${limit} jours, elle est jugée ancienne).`,
};
