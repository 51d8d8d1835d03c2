/**
 * One cell's text ↔ one feed value, the way officers type in spreadsheets: numbers stored
 * as text, French decimal commas, Arabic-Indic digits, dates as dd/mm/yyyy or as Excel
 * serial numbers, yes/no in three languages.
 */
import {
  dayNumber,
  foldKey,
  fromDayNumber,
  isCalendarDate,
  isPeriod,
  latinDigits,
  readRegisterDate,
} from '@prim/indicators';
import type { CellType } from './feed-sheets.js';

/** What is wrong with a cell, as a code the messages translate. */
export type CellProblem =
  'not-a-number' | 'not-an-integer' | 'not-yes-no' | 'not-a-date' | 'not-a-period' | 'not-in-list';

export type CellReading =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: CellProblem };

/** The value a workbook cell is written with (numbers stay numbers for Excel). */
export type CellOut = string | number;

const YES = new Set(['yes', 'y', 'true', 'oui', 'o', 'vrai', '1', 'نعم'].map(foldKey));
const NO = new Set(['no', 'n', 'false', 'non', 'faux', '0', 'لا'].map(foldKey));

/** Thousands separators officers type: spaces, no-break and narrow no-break spaces. */
const GROUPING = /[\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** '1 234,5' → 1234.5; '12.5' → 12.5; anything else → undefined. */
export function readNumber(raw: string): number | undefined {
  let text = latinDigits(raw.trim()).replace(GROUPING, '').replace('٫', ',');
  if (/^[+-]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Day 0 of Excel's 1900 date system (serials after February 1900 count from it). */
const EXCEL_EPOCH = dayNumber('1899-12-30');

/** 44926 → '2022-12-31': a date cell that lost its date format shows as its serial. */
function excelSerialDate(text: string): string | undefined {
  if (!/^\d{5}(\.0+)?$/.test(text)) return undefined;
  return fromDayNumber(EXCEL_EPOCH + Number.parseInt(text, 10));
}

function readDate(text: string): string | undefined {
  const serial = excelSerialDate(text);
  if (serial) return serial;
  const reading = readRegisterDate(text);
  if (reading.ok) return reading.date;
  // Outside the register's plausible years but still a real date: let the model judge.
  return isCalendarDate(text) ? text : undefined;
}

/** Reads one non-blank cell for a column of this type. */
export function readCell(type: CellType, raw: string, options?: readonly string[]): CellReading {
  const text = latinDigits(raw.trim());
  switch (type) {
    case 'text':
      return { ok: true, value: raw };
    case 'id': {
      if (!options) return { ok: true, value: text };
      const found = options.find((o) => foldKey(o) === foldKey(text));
      return found ? { ok: true, value: found } : { ok: false, problem: 'not-in-list' };
    }
    case 'ids':
      return {
        ok: true,
        value: text
          .split(/[,;،]/)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
    case 'number': {
      const n = readNumber(text);
      return n === undefined ? { ok: false, problem: 'not-a-number' } : { ok: true, value: n };
    }
    case 'integer': {
      const n = readNumber(text);
      if (n === undefined) return { ok: false, problem: 'not-a-number' };
      return Number.isInteger(n)
        ? { ok: true, value: n }
        : { ok: false, problem: 'not-an-integer' };
    }
    case 'boolean':
    case 'presence': {
      const key = foldKey(text);
      if (YES.has(key)) return { ok: true, value: true };
      if (NO.has(key)) return { ok: true, value: false };
      return { ok: false, problem: 'not-yes-no' };
    }
    case 'date': {
      const date = readDate(text);
      return date ? { ok: true, value: date } : { ok: false, problem: 'not-a-date' };
    }
    case 'period': {
      if (isPeriod(text)) return { ok: true, value: text };
      const day = readDate(text);
      return day ? { ok: true, value: day } : { ok: false, problem: 'not-a-period' };
    }
  }
}

/** Writes one feed value for a column of this type. */
export function writeCell(type: CellType, value: unknown): CellOut {
  if (value === undefined) return '';
  switch (type) {
    case 'ids':
      return (value as readonly string[]).join(', ');
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'presence':
      return 'yes';
    case 'number':
    case 'integer':
      return value as number;
    default:
      return String(value);
  }
}
