/**
 * Dates as officers type them: `dd/mm/yyyy` (also with `-` or `.`, one-digit day or
 * month) as French and Moroccan registers do, or ISO `yyyy-mm-dd`; Arabic-Indic digits
 * read as Latin ones. Never `mm/dd/yyyy`: in Morocco 03/04 is the 3rd of April.
 */
import { type CalendarDate, isCalendarDate, toCalendarDate } from '../periods/calendar-date.js';
import { latinDigits } from './normalise-text.js';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;

/** A register date outside these years is a typing mistake (a birth year, 2203…). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export type DateReading =
  | { readonly ok: true; readonly date: CalendarDate }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a register date; the reason says what was wrong, for the rejects file, and never
 * quotes the cell (a birth date or a phone number typed here is personal data).
 */
export function readRegisterDate(raw: string): DateReading {
  const text = latinDigits(raw.trim()).replace(/[\u200e\u200f\u061c]/g, '');
  if (text === '') return { ok: false, reason: 'date is empty' };
  let parts: [number, number, number] | undefined;
  const dmy = DMY.exec(text);
  const iso = ISO.exec(text);
  if (dmy) parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!parts) {
    return { ok: false, reason: 'date is not dd/mm/yyyy or yyyy-mm-dd' };
  }
  const date = toCalendarDate(...parts);
  if (!isCalendarDate(date)) {
    return { ok: false, reason: 'date does not exist in the calendar' };
  }
  if (parts[0] < MIN_YEAR || parts[0] > MAX_YEAR) {
    return { ok: false, reason: `date is outside ${MIN_YEAR}–${MAX_YEAR}` };
  }
  return { ok: true, date };
}
