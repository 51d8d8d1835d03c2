import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/index.js';

describe('safeUrl, the one guard for links from a feed', () => {
  it('keeps http, https and mailto', () => {
    expect(safeUrl('https://www.oim.org/x?y=1')).toBe('https://www.oim.org/x?y=1');
    expect(safeUrl('http://example.org')).toBe('http://example.org/');
    expect(safeUrl('mailto:prim@example.org')).toBe('mailto:prim@example.org');
  });

  it('drops script, data and other schemes, relative and broken URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'not a url',
      '',
      undefined,
    ])
      expect(safeUrl(url)).toBeUndefined();
  });
});
