import { describe, expect, it } from 'vitest';
import { csvCell, csvCellText, csvRow, csvText } from '../../src/index.js';

describe('the shared CSV writer', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+212612345678', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(bad);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('keeps numbers as numbers, negative ones too, and leaves plain text alone', () => {
    expect(csvRow([-3, 2.5, 'Aït Amira', 'بلفاع', undefined, null])).toBe(
      '-3,2.5,Aït Amira,بلفاع,,\r\n',
    );
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('quotes separators (French Excel splits on ;), quotes and line breaks', () => {
    expect(csvText([['a;b', 'a,"b"', 'x\ny']])).toBe('"a;b","a,""b""","x\ny"\r\n');
  });

  it('gives back, from a neutralised cell, exactly the text it was', () => {
    for (const text of ['=1+1', "'=1+1", "''@x", "'plain", '-3', 'plain', "'"]) {
      expect(csvCellText(csvCell(text).replace(/^"|"$/g, ''))).toBe(text);
    }
  });
});
