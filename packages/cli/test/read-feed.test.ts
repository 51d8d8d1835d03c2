import { describe, expect, it } from 'vitest';
import { builtInFeedPath, describeSystemError } from '../src/read-feed.js';

function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeSystemError', () => {
  it('keeps the reason and the code, not the repeated path', () => {
    expect(
      describeSystemError(
        systemError('ENOENT', "ENOENT: no such file or directory, open 'x.json'"),
      ),
    ).toBe('no such file or directory (ENOENT)');
    expect(
      describeSystemError(systemError('EISDIR', 'EISDIR: illegal operation on a directory, read')),
    ).toBe('illegal operation on a directory (EISDIR)');
  });

  it('falls back to the message for other errors', () => {
    expect(describeSystemError(new Error('stream closed'))).toBe('stream closed');
  });
});

describe('builtInFeedPath', () => {
  it('points at the PRIM feed inside the @prim/indicators package', () => {
    expect(builtInFeedPath().replaceAll('\\', '/')).toMatch(
      /\/indicators\/feeds\/prim\.feed\.json$/,
    );
  });
});
