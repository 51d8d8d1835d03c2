/**
 * CSV text → records with the line each starts on. Registers are almost always plain
 * lines (no quotes, one line ending): those are split by hand, several times faster than a
 * general parser. At the first line that is not plain, the rest of the text goes to
 * csv-parse, set as it would have been had it read the file from the start, so every file
 * gives exactly the records csv-parse alone gives (test/csv-records.test.ts checks this on
 * random registers).
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export interface CsvRecord {
  /** A CSV file is one sheet, named 'csv' in messages. */
  readonly sheet: 'csv';
  /** 1-based line where the record starts, as csv-parse counts them. */
  readonly row: number;
  readonly cells: string[];
}

/**
 * A plain line (no quote, no stray carriage return), kept as its text: a reader that
 * can find its cells by position (see plainLineReader) never splits it; `cells` splits it
 * for everyone else, exactly as csv-parse would.
 */
export class PlainCsvLine implements CsvRecord {
  readonly sheet = 'csv';
  constructor(
    readonly row: number,
    readonly text: string,
    readonly delimiter: string,
  ) {}

  get cells(): string[] {
    return this.text.split(this.delimiter);
  }
}

/** A csv-parse failure, named by its code and line only (its message may quote a cell). */
export class CsvParseError extends Error {
  constructor(
    readonly code: string | undefined,
    readonly line: number | undefined,
  ) {
    super(`${code ?? 'parse error'}${line === undefined ? '' : `, line ${line}`}`);
  }
}

/** Longer lines go to csv-parse, which enforces the record size limit. */
const PLAIN_LINE_MAX = 64 * 1024;

interface Resume {
  /** Line number of the first line of the text (1 at the start of the file). */
  readonly line: number;
  /** The line ending found on the first line, which csv-parse would have kept. */
  readonly recordDelimiter?: '\n' | '\r\n';
}

/** Every record csv-parse reads from `text` (the general path), one per batch. */
export async function* parsedCsvRecords(
  text: AsyncIterable<string>,
  delimiter: string,
  from: Resume = { line: 1 },
): AsyncGenerator<CsvRecord[]> {
  const parser = Readable.from(text, { objectMode: false }).pipe(
    parse({
      // A byte-order mark counts only at the very start of the file.
      bom: from.line === 1,
      delimiter,
      ...(from.recordDelimiter ? { record_delimiter: from.recordDelimiter } : {}),
      relax_column_count: true,
      relax_quotes: true,
      // A register line is well under 1 KB; a file that is one endless line is not a register.
      max_record_size: 1024 * 1024,
      skip_empty_lines: false,
      info: true,
    }),
  );
  const shift = from.line - 1;
  try {
    for await (const rec of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield [{ sheet: 'csv', row: rec.info.lines + shift, cells: rec.record }];
    }
  } catch (err) {
    const { code, lines } = err as { code?: unknown; lines?: unknown };
    throw new CsvParseError(
      typeof code === 'string' ? code : undefined,
      typeof lines === 'number' ? lines + shift : undefined,
    );
  }
}

/**
 * The same records as `parsedCsvRecords(text, delimiter)`, splitting plain lines by hand,
 * in batches (the plain lines of each chunk of text: one await per chunk, not per line).
 * A plain line has no quote, no carriage return but its line ending's, and is not huge.
 */
export async function* csvRecords(
  text: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<CsvRecord[]> {
  const chunks = text[Symbol.asyncIterator]();
  let ending: '\n' | '\r\n' | undefined;
  let line = 1;
  let buffer = '';
  let pos = 0;
  let done = false;
  // Where the next carriage return and quote are in `buffer` (its length + 1 if none):
  // looked up again only once passed, so each chunk is scanned once.
  let nextCr = -1;
  let nextQuote = -1;

  /** The text from `pos` on, then the chunks not read yet. */
  async function* rest(): AsyncGenerator<string> {
    if (pos < buffer.length) yield buffer.slice(pos);
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const after = (i: number) => (i === -1 ? buffer.length + 1 : i);
  /** The plain line between `start` and `end`, or undefined. */
  const plain = (start: number, end: number): PlainCsvLine | undefined => {
    if (end - start > PLAIN_LINE_MAX) return undefined;
    if (nextCr < start) nextCr = after(buffer.indexOf('\r', start));
    if (nextCr < end) return undefined;
    if (nextQuote < start) nextQuote = after(buffer.indexOf('"', start));
    if (nextQuote < end) return undefined;
    return new PlainCsvLine(line, buffer.slice(start, end), delimiter);
  };

  let batch: CsvRecord[] = [];
  for (;;) {
    const nl = buffer.indexOf('\n', pos);
    if (nl === -1) {
      if (done) break;
      if (batch.length > 0) yield batch;
      batch = [];
      const next = await chunks.next();
      if (next.done) done = true;
      buffer = buffer.slice(pos) + (next.done ? '' : next.value);
      pos = 0;
      nextCr = -1;
      nextQuote = -1;
      // A byte-order mark left after decoding is csv-parse's to strip.
      if (line === 1 && buffer.charCodeAt(0) === 0xfeff) break;
      continue;
    }
    if (ending === undefined) ending = nl > pos && buffer[nl - 1] === '\r' ? '\r\n' : '\n';
    const end = ending === '\r\n' ? nl - 1 : nl;
    const record = ending === '\r\n' && buffer[end] !== '\r' ? undefined : plain(pos, end);
    if (record === undefined) break;
    batch.push(record);
    line += 1;
    pos = nl + 1;
  }
  if (done && pos < buffer.length) {
    // The last line, without a line ending.
    const record = plain(pos, buffer.length);
    if (record !== undefined) {
      batch.push(record);
      pos = buffer.length;
    }
  }
  if (batch.length > 0) yield batch;
  if (done && pos === buffer.length) return;
  // After a plain first line, csv-parse would have taken its line ending for every record;
  // before, it finds the line ending itself.
  yield* parsedCsvRecords(rest(), delimiter, {
    line,
    ...(ending && line > 1 ? { recordDelimiter: ending } : {}),
  });
}
