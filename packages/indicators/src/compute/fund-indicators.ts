/**
 * The ids of the fund's indicators. A module of its own so that code which only names them
 * (the funnel's words) does not carry the fund's computations.
 */
export const FUND_INDICATORS = {
  completion: 'fund-completion',
  applications: 'fund-applications',
  selected: 'fund-selected',
  funded: 'fund-funded',
  budget: 'fund-budget',
} as const;
