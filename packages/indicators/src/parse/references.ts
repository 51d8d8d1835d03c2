import type { Feed } from '../schema/types.js';
import { dayNumber } from '../periods/calendar-date.js';
import type { FeedIssue } from './feed-issue.js';

/**
 * Checks what a schema cannot: every id an observation or activity names exists, ids are
 * unique, and date spans run forwards. Issues carry the JSON path of the offending field.
 */
export function checkReferences(feed: Feed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const add = (path: string, message: string, code = 'unknown-reference') =>
    issues.push({ path, message, code });

  const ids = (list: ReadonlyArray<{ id: string }> | undefined, at: string) => {
    const set = new Set<string>();
    (list ?? []).forEach((item, i) => {
      if (set.has(item.id)) add(`${at}[${i}].id`, `duplicate id "${item.id}"`, 'duplicate-id');
      set.add(item.id);
    });
    return set;
  };
  const d = feed.dimensions;
  const known = {
    indicator: ids(feed.indicators, '$.indicators'),
    source: ids(feed.sources, '$.sources'),
    region: ids(d.region, '$.dimensions.region'),
    commune: ids(d.commune, '$.dimensions.commune'),
    profile: ids(d.profile, '$.dimensions.profile'),
    call: ids(d.call, '$.dimensions.call'),
    activity: ids(feed.activities, '$.activities'),
  };
  const ref = (kind: keyof typeof known, id: string | undefined, path: string) => {
    if (id !== undefined && !known[kind].has(id)) add(path, `unknown ${kind} "${id}"`);
  };
  const span = (start: string, end: string, path: string) => {
    if (dayNumber(end) < dayNumber(start)) {
      add(path, `ends (${end}) before it starts (${start})`, 'invalid-span');
    }
  };

  span(feed.programme.start, feed.programme.end, '$.programme.end');
  feed.programme.regions.forEach((r, i) => ref('region', r, `$.programme.regions[${i}]`));
  (d.commune ?? []).forEach((c, i) => ref('region', c.region, `$.dimensions.commune[${i}].region`));
  (d.call ?? []).forEach((c, i) => ref('region', c.region, `$.dimensions.call[${i}].region`));
  feed.indicators.forEach((ind, i) => {
    const at = `$.indicators[${i}]`;
    ref('source', ind.target?.source, `${at}.target.source`);
    ref('region', ind.target?.region, `${at}.target.region`);
    ref('source', ind.baseline?.source, `${at}.baseline.source`);
    ref('region', ind.baseline?.region, `${at}.baseline.region`);
    ind.milestones?.forEach((m, j) => {
      ref('source', m.source, `${at}.milestones[${j}].source`);
      ref('region', m.region, `${at}.milestones[${j}].region`);
    });
  });
  (feed.activities ?? []).forEach((a, i) => {
    const at = `$.activities[${i}]`;
    span(a.start, a.end, `${at}.end`);
    ref('region', a.region, `${at}.region`);
    ref('commune', a.commune, `${at}.commune`);
    ref('source', a.source, `${at}.source`);
  });
  const missing = (kind: keyof typeof known, id: string | undefined) =>
    id !== undefined && !known[kind].has(id);
  feed.observations.forEach((o, i) => {
    // Paths are written only for an observation that has a problem: feeds can be large.
    const sound =
      !missing('indicator', o.indicator) &&
      !missing('source', o.source) &&
      !missing('region', o.region) &&
      !missing('commune', o.commune) &&
      !missing('profile', o.profile) &&
      !missing('call', o.call) &&
      !missing('activity', o.activity);
    if (sound) return;
    const at = `$.observations[${i}]`;
    ref('indicator', o.indicator, `${at}.indicator`);
    ref('source', o.source, `${at}.source`);
    ref('region', o.region, `${at}.region`);
    ref('commune', o.commune, `${at}.commune`);
    ref('profile', o.profile, `${at}.profile`);
    ref('call', o.call, `${at}.call`);
    ref('activity', o.activity, `${at}.activity`);
  });
  return issues;
}
