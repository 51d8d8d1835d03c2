/**
 * The small parts of an .xlsx a register reader needs before its sheets: the sheets in
 * tab order with their names (workbook.xml and its relationships), which cell styles show
 * a date (styles.xml), the 1904 date system flag, and the shared strings (held in memory,
 * at most MAX_SHARED_STRINGS of XML: see xlsx-limits.ts).
 */
import { posix } from 'node:path';
import { elements, runsText } from './xml-scan.js';
import { type ZipEntry, zipEntryText } from './zip-entries.js';
import { TableFileError } from './sniff.js';

export interface WorkbookSheet {
  readonly name: string;
  readonly entry: ZipEntry;
}

export interface WorkbookParts {
  readonly sheets: readonly WorkbookSheet[];
  /** Shared strings by index. */
  readonly shared: readonly string[];
  /** Cell style indices (`s`) whose number format shows a date. */
  readonly dateStyles: ReadonlySet<number>;
  /** Serial 0 is 1904-01-01 rather than 1899-12-30. */
  readonly date1904: boolean;
}

/**
 * Built-in number formats that show a date or a time (ECMA-376 §18.8.30), the ones
 * exceljs treats as dates; a style with format 0 (General) never does.
 */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format code shows a date when a date or time letter is left once quoted text and [..] sections are removed. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const relType = (type: string | undefined) => type?.slice(type.lastIndexOf('/') + 1);

/** Relationship targets by id and by type, resolved against the part's folder. */
function relationships(xml: string, folder: string) {
  const byId = new Map<string, { type: string | undefined; target: string }>();
  for (const rel of elements(xml, 'Relationship')) {
    const target = rel.get('Target');
    const id = rel.get('Id');
    if (target === undefined || id === undefined || rel.get('TargetMode') === 'External') continue;
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : posix.normalize(posix.join(folder, target));
    byId.set(id, { type: relType(rel.get('Type')), target: resolved });
  }
  return byId;
}

function dateStylesOf(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const f of elements(xml, 'numFmt'))
    custom.set(Number(f.get('numFmtId')), (f.get('formatCode') ?? '').replace(/\\(.)/g, '$1'));
  const dates = new Set<number>();
  // Only the cell formats (cellXfs), not the cell style formats before them.
  const start = xml.search(/<(?:[\w.-]+:)?cellXfs[\s>]/);
  const end = xml.search(/<\/(?:[\w.-]+:)?cellXfs>/);
  if (start === -1) return dates;
  elements(xml.slice(start, end === -1 ? undefined : end), 'xf').forEach((xf, index) => {
    const id = Number(xf.get('numFmtId') ?? 0);
    if (id === 0) return;
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(index);
  });
  return dates;
}

function sharedStringsOf(xml: string): string[] {
  const out: string[] = [];
  const open = /<(?:[\w.-]+:)?si(?=[\s/>])/g;
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    const gt = xml.indexOf('>', m.index);
    if (gt === -1) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      continue;
    }
    const close = xml.indexOf('</si>', gt);
    const end = close === -1 ? xml.length : close;
    out.push(runsText(xml, gt + 1, end));
    open.lastIndex = end;
  }
  return out;
}

/** Reads the workbook's small parts; throws TableFileError when it has no workbook part. */
export async function readWorkbookParts(
  path: string,
  entries: readonly ZipEntry[],
): Promise<WorkbookParts> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = async (name: string | undefined) => {
    const entry = name === undefined ? undefined : byName.get(name);
    return entry === undefined ? undefined : zipEntryText(path, entry);
  };
  const rootRels = relationships((await text('_rels/.rels')) ?? '', '');
  const workbookName =
    [...rootRels.values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbook = await text(workbookName);
  if (workbook === undefined)
    throw new TableFileError(path, 'not a readable .xlsx workbook (no workbook part)');
  const folder = posix.dirname(workbookName);
  const rels = relationships(
    (await text(posix.join(folder, '_rels', `${posix.basename(workbookName)}.rels`))) ?? '',
    folder,
  );
  const sheets: WorkbookSheet[] = [];
  for (const sheet of elements(workbook, 'sheet')) {
    const id = [...sheet.entries()].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    const entry = rel?.type === 'worksheet' ? byName.get(rel.target) : undefined;
    if (entry !== undefined) sheets.push({ name: sheet.get('name') ?? 'Sheet', entry });
  }
  const partOf = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
  const styles = await text(partOf('styles'));
  const shared = await text(partOf('sharedStrings'));
  const pr = elements(workbook, 'workbookPr')[0]?.get('date1904');
  return {
    sheets,
    shared: shared === undefined ? [] : sharedStringsOf(shared),
    dateStyles: styles === undefined ? new Set() : dateStylesOf(styles),
    date1904: pr === '1' || pr === 'true',
  };
}
