/**
 * What the measurements exposed and what was fixed, with the figures of the `pnpm bench`
 * runs before and after each fix (those before are from the commit named, not this run).
 */
export const HISTORY = `## Fixed from these measurements

PENDING
`;
