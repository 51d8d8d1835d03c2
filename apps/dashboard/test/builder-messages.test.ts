import { describe, expect, it } from 'vitest';
import { BUILDER_MESSAGES } from '../src/builder/builder-messages.js';
import {
  langChoices,
  optionChoices,
  themeChoices,
  widgetChoices,
} from '../src/builder/choice-lists.js';
import { WIDGETS } from '../src/embed/widget-catalog.js';

describe('the builder’s catalogues name every fixed value', () => {
  for (const [lang, m] of Object.entries(BUILDER_MESSAGES)) {
    it(`in ${lang}: widgets, their options, theme and language`, () => {
      const lists = [
        widgetChoices(m, WIDGETS),
        ...WIDGETS.flatMap((w) => w.options ?? []).map((o) => optionChoices(m, o)),
        themeChoices(m),
        langChoices(m),
      ];
      for (const [value, text] of lists.flat()) {
        expect(text, `${lang}: ${value}`).not.toBe(value);
        expect(text.trim(), `${lang}: ${value}`).not.toBe('');
      }
      for (const o of WIDGETS.flatMap((w) => w.options ?? []))
        expect(m.options[o.name]).toBeTruthy();
    });
  }

  it('unset stands for the element default, which is not offered twice', () => {
    const m = BUILDER_MESSAGES.fr;
    expect(optionChoices(m, { name: 'by', values: ['profile', 'sex', 'commune', 'none'] })).toEqual(
      [
        ['', 'Profil (par défaut)'],
        ['sex', 'Sexe'],
        ['commune', 'Commune'],
        ['none', 'Rien (total seul)'],
      ],
    );
  });
});
