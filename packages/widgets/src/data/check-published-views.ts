import { PUBLISHED_VIEWS_FORMAT, type PublishedViews } from '@prim/indicators';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A cheap structural check of a published-views sidecar (no validator on the fast path):
 * the shape every reader of it relies on. The content is trusted because its hash names the
 * exact feed it was computed from, checked by the caller. Returns the views, or why not.
 */
export function checkPublishedViews(json: unknown): PublishedViews | string {
  if (!isRecord(json)) return 'not a JSON object';
  if (json.format !== PUBLISHED_VIEWS_FORMAT) {
    return `format is ${JSON.stringify(json.format)}`;
  }
  if (typeof json.feedSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(json.feedSha256)) {
    return 'feedSha256 is not a SHA-256 in hex';
  }
  const { head } = json;
  if (!isRecord(head)) return 'head is not an object';
  if (typeof json.asOf !== 'string' || json.asOf !== head.asOf) {
    return 'asOf is not head.asOf';
  }
  for (const key of ['indicators', 'sources', 'observations'] as const) {
    if (!Array.isArray(head[key])) return `head.${key} is not an array`;
  }
  if (!isRecord(head.dimensions)) return 'head.dimensions is not an object';
  for (const key of ['progress', 'series', 'footfall'] as const) {
    if (!isRecord(json[key])) return `${key} is not an object`;
  }
  for (const key of ['parity', 'stale', 'fundPipeline'] as const) {
    if (!Array.isArray(json[key])) return `${key} is not an array`;
  }
  // Optional: older views have no tables (their tables compute from the feed).
  if (json.observations !== undefined && !isRecord(json.observations)) {
    return 'observations is not an object';
  }
  return json as unknown as PublishedViews;
}
