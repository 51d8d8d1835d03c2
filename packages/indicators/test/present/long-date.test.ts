import { describe, expect, it } from 'vitest';
import { longDateFormat } from '../../src/present/long-date.js';

describe('longDateFormat', () => {
  it("writes the first of a month as '1er' in French, and no other day", () => {
    const fr = longDateFormat('fr-MA');
    expect(fr('2020-09-01')).toBe('1er septembre 2020');
    expect(fr('2024-12-13')).toBe('13 décembre 2024');
    expect(fr('2024-12-11')).toBe('11 décembre 2024');
  });

  it('leaves other languages as Intl writes them', () => {
    expect(longDateFormat('en-GB')('2020-09-01')).toBe('1 September 2020');
    expect(longDateFormat('ar-MA')('2020-09-01')).not.toContain('er');
  });

  it('keeps the years 0–99 themselves, not 1900–1999', () => {
    const text = longDateFormat('en-GB')('0050-03-01');
    expect(text).toMatch(/\b50$/);
    expect(text).not.toContain('1950');
  });
});
