/** A hand-made report, shaped as computeIndicators returns it, to test formatting alone. */
import {
  readingOf,
  type IndicatorsReport,
  type ParityResult,
  type Progress,
} from '@prim/indicators';

const provenance = { sources: ['mte'], synthetic: false, suppressed: false } as const;

const progress = (
  id: string,
  fields: Partial<Progress> & { span?: { start: string; end: string } },
): Progress & { id: string } => {
  const { span, ...rest } = fields;
  const p = {
    ...provenance,
    id,
    indicator: id,
    asOf: '2024-05-31',
    actual: undefined,
    completion: undefined,
    expected: undefined,
    expectedCompletion: undefined,
    status: 'no-data' as const,
    conflicts: [],
    ...rest,
  };
  const end = p.actualPeriod;
  const covers = span ?? (end !== undefined ? { start: end, end } : undefined);
  return {
    ...p,
    reading: readingOf({ ...p, value: p.actual, ...(covers ? { span: covers } : {}) }),
  };
};

const parityRow = (activity: string, fields: Partial<ParityResult>): ParityResult => ({
  ...provenance,
  activity,
  women: undefined,
  men: undefined,
  total: undefined,
  shareWomen: undefined,
  gpi: undefined,
  threshold: 0.5,
  status: 'unknown',
  basis: 'none',
  ...fields,
});

export const REPORT: IndicatorsReport = {
  asOf: '2024-05-31',
  later: [],
  indicators: [
    progress('fund-completion', {
      actual: 63,
      actualPeriod: '2024-05',
      target: 100,
      completion: 0.63,
      expected: 92,
      status: 'off-track',
      conflicts: [
        {
          period: '2024-05',
          values: [
            { value: 63, sources: ['a'] },
            { value: 60, sources: ['b'] },
          ],
        },
      ],
    }),
    progress('baom-footfall', { actual: 12345, actualPeriod: '2024', synthetic: true }),
    progress('participants-women-share', { actual: 0.37, qualifier: 'approximate' }),
  ],
  parity: [
    parityRow('sm-training-2022-11', {
      women: 11,
      men: 29,
      total: 40,
      shareWomen: 0.275,
      gpi: 11 / 29,
      status: 'below',
      basis: 'counts',
    }),
    parityRow('or-training-2022-10', {
      shareWomen: 0.37,
      status: 'below',
      basis: 'reported-share',
    }),
    parityRow('no-breakdown', { total: 25 }),
  ],
  flags: [
    {
      code: 'conflicting-sources',
      message: 'fund-completion 2024-05: sources disagree (63, 60)',
      indicator: 'fund-completion',
    },
  ],
};
