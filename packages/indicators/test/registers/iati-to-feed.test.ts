import { describe, expect, it } from 'vitest';
import { iatiToFeed, parseFeed, type XmlElement } from '../../src/index.js';

const el = (
  name: string,
  attributes: Record<string, string> = {},
  children: XmlElement[] = [],
  text = '',
): XmlElement => ({
  name,
  attributes,
  children,
  text,
});
const narrative = (text: string, lang?: string) =>
  el('narrative', lang ? { 'xml:lang': lang } : {}, [], text);
const period = (start: string, end: string, ...children: XmlElement[]) =>
  el('period', {}, [
    el('period-start', { 'iso-date': start }),
    el('period-end', { 'iso-date': end }),
    ...children,
  ]);

const doc = el('iati-activities', {}, [
  el('iati-activity', { 'xml:lang': 'fr' }, [
    el('iati-identifier', {}, [], 'FR-6-X'),
    el('title', {}, [narrative('Programme'), narrative('Programme', 'en')]),
    el('result', {}, [
      el('indicator', { measure: '1' }, [
        el('title', {}, [narrative('Participants')]),
        el('baseline', { 'iso-date': '2020-09-01', value: '0' }),
        period(
          '2022-11-01',
          '2022-11-30',
          el('target', { value: '40' }),
          el('actual', { value: '11' }, [el('dimension', { name: 'sex', value: 'female' })]),
          el('actual', { value: '29' }, [el('dimension', { name: 'sex', value: 'male' })]),
        ),
      ]),
      el('indicator', { measure: '2' }, [
        period('2022-10-01', '2022-10-31', el('actual', { value: '37' })),
      ]),
      el('indicator', { measure: '5' }),
    ]),
  ]),
]);

describe('iatiToFeed', () => {
  const { feed, warnings } = iatiToFeed(doc);

  it('gives a valid feed with baseline, target and actuals split by sex', () => {
    expect(parseFeed(feed).ok).toBe(true);
    const participants = feed.indicators[0];
    expect(participants).toMatchObject({
      kind: 'count',
      baseline: { value: 0 },
      target: { value: 40, date: '2022-11-30' },
    });
    expect(
      feed.observations
        .filter((o) => o.indicator === participants?.id)
        .map((o) => [o.sex, o.value]),
    ).toEqual([
      ['female', 11],
      ['male', 29],
    ]);
  });

  it('reads percentages as shares and skips qualitative indicators with a warning', () => {
    expect(feed.indicators[1]).toMatchObject({ kind: 'ratio', aggregation: 'last' });
    expect(feed.observations.find((o) => o.indicator === feed.indicators[1]?.id)?.value).toBe(0.37);
    expect(feed.indicators).toHaveLength(2);
    expect(warnings.join('\n')).toContain('measure 5');
  });

  it('reads decimal numbers only: 0x10, 1e3 or Infinity is not a figure', () => {
    const actuals = ['0x10', '1e3', 'Infinity', ' 12.5 ', '-3'].map((value) =>
      el('actual', { value }),
    );
    const one = el('iati-activities', {}, [
      el('iati-activity', {}, [
        el('iati-identifier', {}, [], 'X'),
        el('result', {}, [
          el('indicator', { measure: '1' }, [period('2022-01-01', '2022-12-31', ...actuals)]),
        ]),
      ]),
    ]);
    const r = iatiToFeed(one);
    expect(r.feed.observations.map((o) => o.value)).toEqual([12.5]);
    expect(r.warnings.filter((w) => w.includes('without a number'))).toHaveLength(4);
  });

  it('never takes a sub-group it cannot name (disability) for the total', () => {
    const one = el('iati-activities', {}, [
      el('iati-activity', {}, [
        el('iati-identifier', {}, [], 'X'),
        el('result', {}, [
          el('indicator', { measure: '1' }, [
            period(
              '2022-01-01',
              '2022-12-31',
              el('actual', { value: '40' }),
              el('actual', { value: '3' }, [el('dimension', { name: 'disability', value: 'yes' })]),
              el('actual', { value: '2' }, [
                el('dimension', { name: 'sex', value: 'female' }),
                el('dimension', { name: 'disability', value: 'yes' }),
              ]),
            ),
          ]),
        ]),
      ]),
    ]);
    const r = iatiToFeed(one);
    expect(r.feed.observations.map((o) => [o.sex, o.value])).toEqual([[undefined, 40]]);
    expect(r.warnings.join('\n')).toContain(
      'dimension "disability" has no feed equivalent; this sub-group\'s actual is skipped',
    );
  });

  it('says plainly when the document is not an IATI activity file', () => {
    expect(() => iatiToFeed(el('html'))).toThrow(/no iati-activity/);
  });

  describe('a file of several activities', () => {
    const activity = (id: string, title: string) =>
      el('iati-activity', { 'xml:lang': 'fr' }, [
        el('iati-identifier', {}, [], id),
        el('title', {}, [narrative(title)]),
      ]);
    const two = el('iati-activities', {}, [
      activity('FR-A', 'Premier'),
      activity('FR-B', 'Second'),
    ]);

    it('imports the first and names the others and how to choose them', () => {
      const { feed, warnings } = iatiToFeed(two);
      expect(feed.programme.name.fr).toBe('Premier');
      expect(warnings).toContain(
        '2 activities: only the first, FR-A, is imported; choose another with --activity (FR-B)',
      );
    });

    it('imports the activity asked for, without a warning about the others', () => {
      const { feed, warnings } = iatiToFeed(two, { activity: 'FR-B' });
      expect(feed.programme.name.fr).toBe('Second');
      expect(warnings.join(' ')).not.toContain('activities');
    });

    it('names the activities there are when the one asked for is not', () => {
      expect(() => iatiToFeed(two, { activity: 'FR-C' })).toThrow(
        'no activity "FR-C" (the file has: FR-A, FR-B)',
      );
    });
  });
});
