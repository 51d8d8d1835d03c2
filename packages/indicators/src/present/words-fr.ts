import type { FunnelWords } from './funnel-words.js';
import type { ParityWords } from './parity-words.js';
import type { StatusWords } from './status-words.js';
import type { Words } from './words.js';

const nth = (n: number) => (n === 1 ? '1er' : `${n}e`);

export const fr: Words = {
  half: (n, y, short) => (short ? `S${n} ${y}` : `${nth(n)} semestre ${y}`),
  quarter: (n, y, short) => (short ? `T${n} ${y}` : `${nth(n)} trimestre ${y}`),
  unknown: '—',
  bound: { approx: (v) => `≈ ${v}`, 'at-least': (v) => `≥ ${v}`, below: (v) => `< ${v}` },
  over: (v, span) => `${v}, ${span}`,
  synthetic: 'données synthétiques',
  others: 'autres',
  notStated: 'non précisé',
  people: { one: 'personne', other: 'personnes' },
  errors: { one: 'erreur', other: 'erreurs' },
  warnings: { one: 'avertissement', other: 'avertissements' },
  flags: { one: 'alerte qualité', other: 'alertes qualité' },
  notKnown: 'inconnu',
  column: {
    indicator: 'Indicateur',
    period: 'Période',
    value: 'Valeur',
    region: 'Région',
    commune: 'Commune',
    sex: 'Sexe',
    profile: 'Profil',
    activity: 'Activité',
    call: 'Appel',
    source: 'Source',
    women: 'Femmes',
    men: 'Hommes',
    total: 'Total',
    share: 'Part des femmes',
    status: 'Statut',
    actual: 'Réalisé',
    target: 'Cible',
    expected: 'Attendu',
    completion: 'Taux d’atteinte',
    synthetic: 'Synthétique',
    budget: 'Budget',
  },
  yes: 'oui',
};

export const frParity: ParityWords = {
  parityStatus: { meets: 'parité atteinte', below: 'sous la parité', unknown: 'inconnu' },
  activities: { one: 'activité', other: 'activités' },
  parityHeadline: (m, k) => `${m} sur ${k} à la parité`,
  withoutSex: (n) => `${n} sans ventilation par sexe`,
};

export const frFunnel: FunnelWords = {
  funnelTitle: 'Appels à projets : candidatures, sélection, financement',
  stage: { applications: 'Candidatures', selected: 'Sélectionnés', funded: 'Financés' },
  budget: (a) => `Budget : ${a}`,
};

export const frStatus: StatusWords = {
  achieved: 'atteint',
  'on-track': 'en bonne voie',
  'at-risk': 'à risque',
  'off-track': 'en retard',
  'no-target': 'sans cible',
  'no-data': 'pas de donnée',
};
