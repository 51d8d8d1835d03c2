import { feedSchema } from '../schema/feed-schema.js';

/** Issues then carry the offending value, so messages can say what was found. */
export const REPORT_INPUT = { reportInput: true } as const;

/**
 * zod's answer for a feed's frame: everything but its observations, which the fast
 * structural check judges (they can be millions; see fast-observations.ts).
 */
export function parseFrame(data: object): ReturnType<typeof feedSchema.safeParse> {
  return feedSchema.safeParse({ ...data, observations: [] }, REPORT_INPUT);
}
