import { describe, expect, it } from 'vitest';
import {
  BAOM_COMMUNES,
  mapHeaders,
  OUTCOME_CODES,
  OUTCOMES,
  PROFILE_CODES,
  BAOM_PROFILES,
  readRegisterDate,
  REQUEST_TYPE_CODES,
  REQUEST_TYPES,
  rowReader,
} from '../../src/index.js';

const communes = BAOM_COMMUNES.map((c) => ({ id: c.id, region: 'souss-massa', name: c.name }));

describe('register headers', () => {
  it('accepts French, Arabic and English headers, and names personal columns without reading them', () => {
    const fr = mapHeaders([
      'Nom',
      'Date',
      'Commune',
      'Profil',
      'Sexe',
      'Type de demande',
      'Suite donnée',
      'Téléphone',
    ]);
    expect(fr.missing).toEqual([]);
    expect(fr.personal).toEqual(['Nom', 'Téléphone']);
    const ar = mapHeaders([
      'التاريخ',
      'الجماعة',
      'الفئة',
      'الجنس',
      'نوع الطلب',
      'النتيجة',
      'ملاحظات',
    ]);
    expect(ar.missing).toEqual([]);
    expect(ar.personal).toEqual(['ملاحظات']);
    const en = mapHeaders([
      'date',
      'commune',
      'profile',
      'sex',
      'request_type',
      'outcome',
      'birth_date',
    ]);
    expect(en.columns).toMatchObject({ date: 0, outcome: 5 });
    expect(en.personal).toEqual(['birth_date']);
  });

  it('lists the missing columns', () => {
    expect(mapHeaders(['date', 'commune', 'profile']).missing).toEqual([
      'sex',
      'request_type',
      'outcome',
    ]);
  });
});

describe('register dates', () => {
  it('reads dd/mm/yyyy (never mm/dd), ISO and Arabic-Indic digits', () => {
    expect(readRegisterDate('03/04/2023')).toEqual({ ok: true, date: '2023-04-03' });
    expect(readRegisterDate('3-4-2023')).toEqual({ ok: true, date: '2023-04-03' });
    expect(readRegisterDate('2023-04-03')).toEqual({ ok: true, date: '2023-04-03' });
    expect(readRegisterDate('١٥/٠٧/٢٠٢٣')).toEqual({ ok: true, date: '2023-07-15' });
    expect(readRegisterDate('۱۵/۰۷/۲۰۲۳')).toEqual({ ok: true, date: '2023-07-15' });
  });

  it('rejects impossible and implausible dates with a reason', () => {
    expect(readRegisterDate('31/02/2023')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not exist'),
    });
    expect(readRegisterDate('12/13/2023')).toMatchObject({ ok: false });
    expect(readRegisterDate('15/07/1975')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('outside'),
    });
    expect(readRegisterDate('July 2023')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('dd/mm/yyyy'),
    });
    expect(readRegisterDate('')).toMatchObject({ ok: false, reason: 'date is empty' });
  });
});

describe('register rows', () => {
  const read = rowReader(
    mapHeaders(['date', 'commune', 'profile', 'sex', 'request_type', 'outcome', 'name']),
    communes,
  );

  it('reads codes and labels in any language, and communes by id or name', () => {
    expect(
      read(['15/07/2023', 'Aït Amira', 'RPT', 'F', 'Séjour', 'Accompagné', 'Fatima Z.']),
    ).toEqual({
      ok: true,
      row: {
        date: '2023-07-15',
        commune: 'ait-amira',
        profile: 'rpt',
        sex: 'female',
        request_type: 'residence',
        outcome: 'accompanied',
      },
    });
    expect(
      read(['2023-07-15', 'تالوين', 'ذوو الحقوق', 'أنثى', 'معاش', 'تم التوجيه', '']),
    ).toMatchObject({
      ok: true,
      row: { commune: 'taliouine', profile: 'rights-holder', sex: 'female', outcome: 'oriented' },
    });
  });

  it('gives every reason a row is rejected, and skips blank lines', () => {
    const bad = read(['31/02/2023', 'Paris', 'tourist', 'x', 'pension', 'informed', 'Ali']);
    expect(bad.ok).toBe(false);
    expect(bad.ok === false && bad.reasons).toEqual([
      'date does not exist in the calendar',
      'unknown commune',
      'unknown profile "tourist"',
      'unknown sex "x"',
    ]);
    expect(read(['', ' ', '', '', '', '', 'a name only'])).toEqual({ ok: 'blank' });
  });

  it('documents a label in three languages for every code', () => {
    expect(PROFILE_CODES.map((c) => c.code)).toEqual([...BAOM_PROFILES]);
    expect(OUTCOME_CODES.map((c) => c.code)).toEqual([...OUTCOMES]);
    expect(REQUEST_TYPE_CODES.map((c) => c.code)).toEqual([...REQUEST_TYPES]);
    for (const c of [...PROFILE_CODES, ...OUTCOME_CODES, ...REQUEST_TYPE_CODES]) {
      expect(Object.values(c.label).every((t) => t.length > 0)).toBe(true);
    }
  });
});
