import { describe, expect, it } from 'vitest';
import { reportedHere } from '../src/views/presence.js';
import { regionContext } from '../src/views/region.js';
import { viewContext } from './view-context.js';

describe('cards only where the feed reports the indicator', () => {
  const all = viewContext();
  const soussMassa = regionContext(all, 'souss-massa');
  const oriental = regionContext(all, 'oriental');

  it('leaves the Oriental reception cells off the Souss-Massa page', () => {
    expect(reportedHere(oriental, 'reception-cells')).toBe(true);
    expect(reportedHere(soussMassa, 'reception-cells')).toBe(false);
  });

  it('leaves BAOM coverage and footfall (Souss-Massa only) off the Oriental page', () => {
    expect(reportedHere(soussMassa, 'baom-coverage')).toBe(true);
    expect(reportedHere(oriental, 'baom-coverage')).toBe(false);
    expect(reportedHere(oriental, 'baom-footfall')).toBe(false);
  });

  it('keeps fund completion in a region that reports it only after the chosen date', () => {
    const midTerm = regionContext(viewContext({ asOf: '2022-12-31' }), 'souss-massa');
    expect(reportedHere(midTerm, 'fund-completion')).toBe(true);
  });

  it('an indicator the feed does not declare is reported nowhere', () => {
    expect(reportedHere(all, 'no-such-indicator')).toBe(false);
  });
});
