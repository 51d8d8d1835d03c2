/**
 * The register template: canonical columns with headers in one language, and in an XLSX
 * a second sheet listing every code with its French, Arabic and English labels, plus
 * drop-down lists on the coded columns so officers pick codes instead of typing them.
 */
import {
  type Code,
  HEADER_LABELS,
  OUTCOME_CODES,
  PROFILE_CODES,
  REGISTER_COLUMNS,
  REQUEST_TYPE_CODES,
  SEX_CODES,
} from '@prim/indicators';
import ExcelJS from 'exceljs';
import type { OutputFile } from '../output-file.js';
import { csvWriter } from './write-table.js';

export type TemplateLang = 'fr' | 'ar' | 'en';

export function templateHeaders(lang: TemplateLang): string[] {
  return REGISTER_COLUMNS.map((c) => (lang === 'en' ? c : HEADER_LABELS[c][lang]));
}

const CODE_LISTS: readonly [string, readonly Code<string>[]][] = [
  ['profile', PROFILE_CODES],
  ['sex', SEX_CODES],
  ['request_type', REQUEST_TYPE_CODES],
  ['outcome', OUTCOME_CODES],
];

export async function writeCsvTemplate(file: OutputFile, lang: TemplateLang): Promise<void> {
  const w = csvWriter(file);
  await w.write(templateHeaders(lang));
  await w.close();
}

export async function writeXlsxTemplate(
  file: OutputFile,
  lang: TemplateLang,
  communes: readonly string[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(lang === 'fr' ? 'Registre' : lang === 'ar' ? 'السجل' : 'Register', {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ar' }],
  });
  sheet.addRow(templateHeaders(lang)).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 20));
  const codes = wb.addWorksheet('Codes');
  codes.addRow(['column', 'code', 'français', 'العربية', 'English']).font = { bold: true };
  const ranges: Record<string, string> = {};
  for (const [column, list] of CODE_LISTS) {
    const first = codes.rowCount + 1;
    for (const c of list) codes.addRow([column, c.code, c.label.fr, c.label.ar, c.label.en]);
    ranges[column] = `Codes!$B$${first}:$B$${codes.rowCount}`;
  }
  const firstCommune = codes.rowCount + 1;
  for (const id of communes) codes.addRow(['commune', id]);
  ranges.commune = `Codes!$B$${firstCommune}:$B$${codes.rowCount}`;
  codes.columns.forEach((c) => (c.width = 24));
  // Drop-downs on 2,000 lines: enough for a year of a busy BAOM; more lines still read.
  REGISTER_COLUMNS.forEach((column, i) => {
    const range = ranges[column];
    const letter = String.fromCharCode(65 + i);
    for (let r = 2; r <= 2001; r++) {
      const cell = sheet.getCell(`${letter}${r}`);
      if (range) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [range],
          showErrorMessage: false,
        };
      } else if (column === 'date') cell.numFmt = 'dd/mm/yyyy';
    }
  });
  await wb.xlsx.writeFile(file.temp);
  await file.commit();
}
