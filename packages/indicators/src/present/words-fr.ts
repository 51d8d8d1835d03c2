import type { Words } from './words.js';

const nth = (n: number) => (n === 1 ? '1er' : `${n}e`);

export const fr: Words = {
  status: {
    achieved: 'atteint',
    'on-track': 'en bonne voie',
    'at-risk': 'à risque',
    'off-track': 'en retard',
    'no-target': 'sans cible',
    'no-data': 'pas de donnée',
  },
  parityStatus: { meets: 'parité atteinte', below: 'sous la parité', unknown: 'inconnu' },
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
  activities: { one: 'activité', other: 'activités' },
  parityHeadline: (m, k) => `${m} sur ${k} à la parité`,
  withoutSex: (n) => `${n} sans ventilation par sexe`,
};
