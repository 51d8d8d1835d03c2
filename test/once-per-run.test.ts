/** The run's shared resources: made once for every project that asks, closed after the last. */
import { describe, expect, it } from 'vitest';
import { oncePerRun } from './once-per-run.js';

describe('oncePerRun', () => {
  it('makes the value once for two setups and closes it after the second teardown', async () => {
    const made: string[] = [];
    const closed: string[] = [];
    const make = async () => {
      made.push('browser');
      return 'browser';
    };
    const close = async (value: string) => void closed.push(value);
    const first = await oncePerRun('test: shared', make, close);
    const second = await oncePerRun('test: shared', make, close);
    expect([first.value, second.value, made]).toEqual(['browser', 'browser', ['browser']]);
    await first.teardown();
    expect(closed).toEqual([]);
    await second.teardown();
    expect(closed).toEqual(['browser']);
    // A later run (watch mode) makes it afresh.
    const again = await oncePerRun('test: shared', make, close);
    expect(made).toEqual(['browser', 'browser']);
    await again.teardown();
  });

  it('does not keep a failed make: the next setup tries again', async () => {
    let calls = 0;
    const make = async () => {
      calls++;
      if (calls === 1) throw new Error('the build failed');
      return calls;
    };
    await expect(oncePerRun('test: flaky', make)).rejects.toThrow('the build failed');
    const retried = await oncePerRun('test: flaky', make);
    expect(retried.value).toBe(2);
    await retried.teardown();
  });
});
