import { describe, expect, it } from 'vitest';
import { renderTable, truncate } from '../src/format/table.js';

describe('renderTable', () => {
  it('pads columns, aligns numbers right and leaves no trailing spaces', () => {
    const text = renderTable(
      [{ header: 'commune' }, { header: 'people', align: 'right' }, { header: 'note' }],
      [
        ['Tiznit', '1234', ''],
        ['Aït Melloul', '7', 'estimate'],
      ],
    );
    expect(text).toBe(
      [
        'commune      people  note',
        '-----------  ------  --------',
        'Tiznit         1234',
        'Aït Melloul       7  estimate',
        '',
      ].join('\n'),
    );
  });

  it('counts accented and Arabic letters as one column each', () => {
    const text = renderTable(
      [{ header: 'x' }, { header: 'y' }],
      [
        ['تيزنيت', 'a'],
        ['été', 'b'],
      ],
    );
    const [, , first, second] = text.split('\n');
    expect(first?.indexOf('a')).toBe(second?.indexOf('b'));
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncate('Tiznit', 10)).toBe('Tiznit');
    expect(truncate('Programme Régional', 10)).toBe('Programme…');
  });
});
