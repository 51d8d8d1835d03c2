/** Random CSV register texts, streamed in any chunks, for the CSV readers' property tests. */
import fc from 'fast-check';

/** `text` as a stream cut at `cuts` (any order, any positions). */
export async function* chunked(text: string, cuts: readonly number[]): AsyncGenerator<string> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(cut, text.length);
    if (to > at) yield text.slice(at, to);
    at = Math.max(at, to);
  }
  if (at < text.length) yield text.slice(at);
}

/**
 * A register: a header and lines, with or without a byte-order mark and a last line
 * ending, LF or CRLF, its delimiter, and where its text is cut into chunks. `text` joins it.
 */
export function csvRegister(
  header: fc.Arbitrary<string>,
  line: fc.Arbitrary<string>,
  size: { readonly lines: number; readonly textLength: number; readonly cuts: number },
) {
  return fc
    .record({
      header,
      bom: fc.boolean(),
      ending: fc.constantFrom('\n', '\r\n'),
      lines: fc.array(line, { maxLength: size.lines }),
      last: fc.boolean(),
      delimiter: fc.constantFrom(',', ';', '\t'),
      cuts: fc.array(fc.nat({ max: size.textLength }), { maxLength: size.cuts }),
    })
    .map((r) => ({
      ...r,
      text:
        (r.bom ? '\ufeff' : '') + [r.header, ...r.lines].join(r.ending) + (r.last ? r.ending : ''),
    }));
}
