import { describe, expect, it } from 'vitest';
import { labelledColumns, wordsFor } from '../../src/present/index.js';

describe('labelledColumns', () => {
  it('names columns in the reader’s language, in order, and marks the numeric ones', () => {
    const keys = ['indicator', 'actual', 'status'] as const;
    expect(labelledColumns(wordsFor('fr').column, keys, ['actual'])).toEqual([
      { key: 'indicator', label: 'Indicateur' },
      { key: 'actual', label: 'Réalisé', numeric: true },
      { key: 'status', label: 'Statut' },
    ]);
    expect(labelledColumns(wordsFor('ar').column, keys).map((c) => c.label)).toEqual([
      'المؤشر',
      'المنجز',
      'الحالة',
    ]);
  });
});
