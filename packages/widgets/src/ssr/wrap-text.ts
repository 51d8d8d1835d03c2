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
