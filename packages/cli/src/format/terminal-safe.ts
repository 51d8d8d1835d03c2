/**
 * Feed text is printed verbatim, markup included: a terminal does not interpret '<script>'.
 * It does interpret control characters, though: an ESC in a commune name could recolour or
 * rewrite the screen. Those are shown as `\uXXXX` escapes instead. The same escape is
 * valid inside a JSON string, so the filter can sit on every byte the CLI writes.
 */
// A CR is a control only on its own: CRLF ends the lines of CSV written to standard output.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
