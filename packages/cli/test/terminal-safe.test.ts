import { describe, expect, it } from 'vitest';
import { escapeControls } from '../src/format/terminal-safe.js';

describe('escapeControls', () => {
  it('keeps markup, accents, Arabic and newlines as they are', () => {
    const text = '<script>alert("x")</script> & été يوليوز\n';
    expect(escapeControls(text)).toBe(text);
  });

  it('shows terminal control characters as \\u escapes', () => {
    expect(escapeControls('a\u001b[2Jb\rc\u009bd')).toBe('a\\u001b[2Jb\\u000dc\\u009bd');
  });

  it('keeps JSON meaning the same inside strings', () => {
    const json = JSON.stringify({ name: 'x\u009by' });
    expect(JSON.parse(escapeControls(json))).toEqual({ name: 'x\u009by' });
  });
});
