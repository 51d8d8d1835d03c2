import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPrimFeed, buildPrimFeedJson, PRIM_FEED_PATH } from '../scripts/build-prim-feed.js';
import { fundPipeline, parity, parseFeed, progress } from '../src/index.js';
import type { Feed, Observation } from '../src/schema/types.js';

const text = readFileSync(PRIM_FEED_PATH, 'utf8');
const parsed = parseFeed(text);
const feed = JSON.parse(text) as Feed;
const obs = feed.observations;

const values = (pick: (o: Observation) => boolean) => obs.filter(pick).map((o) => o.value);

describe('the built-in PRIM feed', () => {
  it('parses as a valid prim-feed/1 document with no warnings', () => {
    expect(parsed.ok).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });

  it('is up to date with its builder (run `pnpm --filter @prim/indicators build:feed`)', () => {
    expect(feed).toEqual(buildPrimFeed());
    expect(text).toBe(buildPrimFeedJson());
  });

  it('stays small enough for a phone', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(400 * 1024);
    expect(gzipSync(text).length).toBeLessThan(40 * 1024);
  });

  it('cites an existing source for every observation, activity and target', () => {
    const ids = new Set(feed.sources.map((s) => s.id));
    for (const o of obs) expect(ids).toContain(o.source);
    for (const a of feed.activities ?? []) if (a.source) expect(ids).toContain(a.source);
    for (const i of feed.indicators) if (i.target?.source) expect(ids).toContain(i.target.source);
  });

  it('gives every public source a URL and a verbatim quote, every document a quote', () => {
    const facts = JSON.parse(
      readFileSync(new URL('../../../data/prim-public-facts.json', import.meta.url), 'utf8'),
    ) as Array<{ id: string; quote: string; source_url: string }>;
    const publics = feed.sources.filter((s) => s.kind === 'public');
    expect(publics.length).toBeGreaterThan(30);
    for (const s of publics) {
      const fact = facts.find((f) => f.id === s.id);
      expect(s.url).toBe(fact?.source_url);
      expect(s.quote).toBe(fact?.quote);
    }
    for (const s of feed.sources.filter((x) => x.kind === 'document')) {
      expect(s.quote?.length).toBeGreaterThan(20);
    }
  });

  it('says the language of every quote (Arabic press, French otherwise) and of every note', () => {
    const quoted = feed.sources.filter((s) => s.quote !== undefined);
    const arabic = quoted.filter((s) => s.quoteLang === 'ar').map((s) => s.id);
    expect(arabic).toEqual(['F38', 'F39', 'F46']);
    for (const s of quoted) {
      expect(s.quoteLang, s.id).toBe(/[\u0600-\u06ff]/.test(s.quote ?? '') ? 'ar' : 'fr');
    }
    // The notes are the feed's own, written in English.
    for (const s of feed.sources) if (s.note) expect(s.noteLang, s.id).toBe('en');
  });

  it('marks every footfall observation synthetic and no other', () => {
    const footfall = obs.filter((o) => o.indicator === 'baom-footfall');
    expect(footfall.length).toBeGreaterThan(1000);
    expect(footfall.every((o) => o.synthetic === true && o.source === 'synthetic-register')).toBe(
      true,
    );
    expect(obs.filter((o) => o.indicator !== 'baom-footfall' && o.synthetic)).toEqual([]);
    const source = feed.sources.find((s) => s.id === 'synthetic-register');
    expect(source?.kind).toBe('synthetic');
    expect(source?.title).toMatch(/synthetic.*not real/i);
  });

  it('covers both regions', () => {
    expect(feed.programme.regions).toEqual(['souss-massa', 'oriental']);
    expect(values((o) => o.region === 'souss-massa').length).toBeGreaterThan(0);
    expect(values((o) => o.region === 'oriental').length).toBeGreaterThan(0);
  });

  it('keeps both sides of every known conflict between sources', () => {
    const is =
      (indicator: string, extra: Partial<Observation> = {}) =>
      (o: Observation) =>
        o.indicator === indicator &&
        Object.entries(extra).every(([k, v]) => o[k as keyof Observation] === v);
    // Budget of the 16 Souss-Massa Guichet projects.
    expect(values(is('fund-budget', { call: 'sm-guichet', currency: 'MAD' })).sort()).toEqual([
      8220000, 8222000,
    ]);
    // Projects funded by the end: 60 (AFD mission), at least 64 (c. 2025), 36 + 27 by region.
    const total = obs.filter((o) => is('fund-completion')(o) && o.region === undefined);
    expect(total.map((o) => o.value)).toEqual(expect.arrayContaining([5, 60, 64]));
    expect(total.find((o) => o.value === 64)?.qualifier).toBe('at-least');
    expect(values(is('fund-completion', { region: 'oriental', period: '2024-05-31' }))).toEqual([
      36,
    ]);
    expect(values(is('fund-completion', { region: 'souss-massa', period: '2024-05-23' }))).toEqual([
      27,
    ]);
    // BAOM coverage: 15 communes at mid-term against 16 before and after.
    expect(values(is('baom-coverage', { period: '2022-Q4' }))).toEqual([15]);
    expect(values(is('baom-coverage', { period: '2022-03-18' }))).toEqual([16]);
    expect(values(is('baom-coverage', { period: '2024' }))).toEqual([16]);
    // Oriental reception cells: 6 in August 2024, 8 later.
    expect(values(is('reception-cells'))).toEqual([6, 8]);
    // Launch: 10 Feb 2020 in the brochure, 10 Feb 2021 in the press.
    expect(obs.find(is('participants', { activity: 'launch' }))?.period).toBe('2020-02-10');
    expect(feed.activities?.find((a) => a.id === 'launch')?.start).toBe('2021-02-10');
  });

  it('keeps sources’ hedges: "plus de 80" is at least, "une vingtaine" approximate', () => {
    const planning = obs.filter((o) => o.activity === 'or-gender-planning-2022');
    expect(planning.find((o) => o.commune === undefined)).toMatchObject({
      value: 80,
      qualifier: 'at-least',
    });
    const sessions = planning.filter((o) => o.commune !== undefined);
    expect(sessions.map((o) => o.commune).sort()).toEqual(['berkane', 'driouch', 'nador', 'oujda']);
    expect(sessions.every((o) => o.value === 20 && o.qualifier === 'approximate')).toBe(true);
  });

  it('records footfall in 16 Souss-Massa communes', () => {
    const communes = new Set(
      obs.filter((o) => o.indicator === 'baom-footfall').map((o) => o.commune),
    );
    expect(communes.size).toBe(16);
    const region = new Map(feed.dimensions.commune?.map((c) => [c.id, c.region]));
    for (const c of communes) expect(region.get(c as string)).toBe('souss-massa');
  });

  it('shows MRE footfall peaking in July and August every full year', () => {
    for (const year of ['2022', '2023']) {
      const byMonth = new Map<string, number>();
      for (const o of obs) {
        if (o.indicator !== 'baom-footfall' || o.profile !== 'mre') continue;
        if (!o.period.startsWith(year)) continue;
        byMonth.set(o.period, (byMonth.get(o.period) ?? 0) + (o.value ?? 0));
      }
      const mean = [...byMonth.values()].reduce((a, b) => a + b, 0) / 12;
      expect(byMonth.get(`${year}-07`)).toBeGreaterThan(mean);
      expect(byMonth.get(`${year}-08`)).toBeGreaterThan(mean);
    }
  });

  it('has names in French, Arabic and English for the programme, indicators and places', () => {
    const named = [
      feed.programme,
      ...feed.indicators,
      ...feed.dimensions.region,
      ...(feed.dimensions.commune ?? []),
      ...(feed.dimensions.profile ?? []),
      ...(feed.dimensions.call ?? []),
      ...(feed.activities ?? []),
    ];
    for (const x of named) {
      expect(x.name.fr, x.id).toBeTruthy();
      expect(x.name.ar, x.id).toMatch(/[\u0600-\u06FF]/);
      expect(x.name.en, x.id).toBeTruthy();
    }
  });

  it('gives the computations what users ask for first', () => {
    const ok = parsed.ok ? parsed.feed : feed;
    // Gender parity: 11 women of 40 in Souss-Massa; 37% reported in the Oriental; unknown elsewhere.
    const p = new Map(parity(ok).map((r) => [r.activity, r]));
    expect(p.get('sm-gender-training-2022-11')).toMatchObject({
      women: 11,
      men: 29,
      shareWomen: 0.275,
      status: 'below',
    });
    expect(p.get('or-gender-training-2022-10')).toMatchObject({
      total: 90,
      women: undefined,
      shareWomen: 0.37,
      status: 'below',
    });
    expect(p.get('or-gender-planning-2022')?.status).toBe('unknown');
    // The fund pipeline per call.
    const calls = new Map(fundPipeline(ok).map((r) => [r.call, r]));
    expect(calls.get('sm-call-1')).toMatchObject({ applications: 10, selected: 0 });
    expect(calls.get('sm-call-2')).toMatchObject({ applications: 15, selected: 7, funded: 7 });
    // Progress against the targets.
    expect(progress(ok, 'fund-completion').target).toBe(100);
    expect(progress(ok, 'baom-coverage').target).toBe(12);
  });
});
