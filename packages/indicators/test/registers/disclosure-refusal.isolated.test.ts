/**
 * The audit runs on what footfallObservations writes, not only inside the suppression:
 * with a suppression that protects nothing beyond '< k' (as linked tables were before),
 * it refuses to publish.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Table } from '../../src/index.js';
import { DisclosureError, footfallObservations, RegisterTally } from '../../src/index.js';

vi.mock('../../src/registers/suppression.js', async (original) => {
  const real = await original<typeof import('../../src/registers/suppression.js')>();
  return {
    ...real,
    // Primary suppression only: every '< k' withheld, no complement.
    suppressLinked: (tables: readonly Table[], _subsets: unknown, k: number) =>
      tables.map((t) => {
        const withheld = real.primaryMask(t, k);
        return { level: 'cells', withheld, marks: real.marksOf(t, 'cells', withheld, k) };
      }),
  };
});

describe('footfallObservations audits what it publishes', () => {
  it('throws DisclosureError, naming the commune and month, rather than publish a recomputable count', () => {
    const tally = new RegisterTally();
    const base = { date: '2023-07-03', commune: 'tiznit', request_type: 'pension' } as const;
    for (let n = 0; n < 9; n++) {
      tally.add({ ...base, profile: 'mre', sex: 'male', outcome: 'informed' });
    }
    tally.add({ ...base, profile: 'rights-holder', sex: 'female', outcome: 'resolved' });
    // Women: 1 published total, 1 withheld cell: the total gives her away.
    expect(() => footfallObservations(tally.tables(), { source: 'reg', k: 5 })).toThrow(
      DisclosureError,
    );
    expect(() => footfallObservations(tally.tables(), { source: 'reg', k: 5 })).toThrow(
      /tiznit 2023-07/,
    );
  });
});
