import { describe, expect, it } from 'vitest';
import { formatIssues, formatValidationSummary } from '../src/format/issues.js';

const error = { path: '$.observations[3].value', message: 'expected a number ≥ 0', code: 'x' };
const warning = { path: '$', message: 'unknown field "colour"', code: 'unknown-key' };

describe('formatIssues', () => {
  it('lists errors then warnings, one per line, each marked and with its JSON path', () => {
    expect(formatIssues([error], [warning], 'feed.json: ')).toBe(
      'feed.json: error: $.observations[3].value: expected a number ≥ 0\n' +
        'feed.json: warning: $: unknown field "colour"\n',
    );
  });
});

describe('formatValidationSummary', () => {
  it('counts indicators, observations, sources and warnings, singular or plural', () => {
    const counts = { indicators: 1, observations: 120, sources: 2 };
    expect(formatValidationSummary('prim.feed.json', { valid: true, counts }, 1)).toBe(
      'prim.feed.json: valid prim-feed/1, 1 indicator, 120 observations, 2 sources, 1 warning\n',
    );
    expect(formatValidationSummary('-', { valid: false, errors: 3 }, 0)).toBe(
      '-: invalid, 3 errors, 0 warnings\n',
    );
  });
});
