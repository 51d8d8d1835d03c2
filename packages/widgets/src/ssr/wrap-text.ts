/**
 * Splits text into lines of about `width` pixels at `fontSize` (an SVG has no text flow).
 * The average glyph is taken as 0.55 em, which fits Latin and Arabic system fonts.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(8, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const OPENS = /[\u2066\u2067\u2068]/g;
const PDI = '\u2069';

/**
 * Lines of wrapped text with every isolate closed on its own line: a run isolated with
 * FSI … PDI that a wrap splits is closed at the end of the line and reopened on the next,
 * so that no SVG <text> holds an unbalanced isolate that would reorder its neighbours.
 */
export function balanceIsolates(lines: readonly string[]): string[] {
  let open = 0;
  return lines.map((line) => {
    const text = '\u2068'.repeat(open) + line;
    open = Math.max(0, (text.match(OPENS)?.length ?? 0) - (text.split(PDI).length - 1));
    return text + PDI.repeat(open);
  });
}
