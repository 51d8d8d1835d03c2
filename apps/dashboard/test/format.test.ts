import { describe, expect, it } from 'vitest';
import { formatFor } from '../src/format/format.js';

describe('periods in words', () => {
  it('names quarters and halves in each language, months and days through Intl', () => {
    expect(formatFor('fr').period('2022-Q4')).toBe('4e trimestre 2022');
    expect(formatFor('fr').period('2022-H1')).toBe('1er semestre 2022');
    expect(formatFor('ar').period('2022-Q1')).toBe('الربع الأول من 2022');
    expect(formatFor('en').period('2022-H2')).toBe('H2 2022');
    expect(formatFor('ar').period('2022-07')).toContain('يوليوز');
    expect(formatFor('fr').period('2022')).toBe('2022');
  });

  it('writes a range with both ends formatted', () => {
    expect(formatFor('fr').period('2022-09-29/2022-10-26')).toBe(
      '29 septembre 2022 – 26 octobre 2022',
    );
  });

  it('keeps an amount in its own currency', () => {
    expect(formatFor('fr').money(1_107_000, 'MAD')).toMatch(/1.107.000.MAD/);
    expect(formatFor('fr').money(undefined, 'EUR')).toBe('—');
  });
});
