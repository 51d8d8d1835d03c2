import type { Formatter, Direction } from '@prim/indicators/present';
import type { Messages } from '../i18n/messages.js';

/**
 * What a chart needs besides its data: pure inputs, so charts also render in Node.
 *
 * Every chart is one `role="img"` named by its `aria-label` (a summary of the data); its
 * marks sit in an `aria-hidden` group, or a screen reader would read the name and then the
 * labels and <title> tooltips inside it again.
 */
export interface ChartContext {
  readonly width: number;
  readonly dir: Direction;
  readonly fmt: Formatter;
  readonly msgs: Messages;
}

/** Horizontal padding inside a chart, so end markers and strokes are not clipped. */
export const INSET = 8;

/** The x range of a plot: left to right, or right to left in Arabic (mirrored charts). */
export function xRange(width: number, dir: ChartContext['dir'], inset = INSET): [number, number] {
  return dir === 'rtl' ? [width - inset, inset] : [inset, width - inset];
}

/** The x of the start side of a line of text: left in LTR, right in RTL. */
export function startX(width: number, dir: ChartContext['dir'], inset = INSET): number {
  return dir === 'rtl' ? width - inset : inset;
}

/** Shortens a label to about what fits in `width` pixels at 13px (the full text goes in <title>). */
export function fitLabel(text: string, width: number, charWidth = 7): string {
  const max = Math.max(4, Math.floor(width / charWidth));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Height of one line of 13px chart text. */
export const LINE = 16;

/**
 * Breaks a label into at most `maxLines` lines of about `width` pixels, between words; only
 * what still does not fit is shortened with '…' (the full text goes in <title>). A phone
 * then shows 'Formation genre et migration / des cadres élu·e·s' instead of 'Formation ge…'.
 */
export function wrapLabel(text: string, width: number, maxLines = 2, charWidth = 7): string[] {
  const max = Math.max(4, Math.floor(width / charWidth));
  const lines: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (line && line.length + 1 + word.length > max) {
      if (lines.length === maxLines - 1) {
        lines.push(fitLabel(`${line} ${words.slice(i).join(' ')}`, width, charWidth));
        return lines;
      }
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(fitLabel(line, width, charWidth));
  return lines;
}
