/**
 * What a footfall chart can stack months by. A module of its own so that code which only
 * checks an option (an element's `by` attribute) does not carry the footfall arithmetic.
 */
export type FootfallBy = 'commune' | 'profile' | 'sex' | 'none';
export const FOOTFALL_BY: readonly FootfallBy[] = ['commune', 'profile', 'sex', 'none'];
