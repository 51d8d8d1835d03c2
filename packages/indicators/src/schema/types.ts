import type * as z from 'zod/mini';
import type {
  activitySchema,
  callSchema,
  communeSchema,
  feedSchema,
  indicatorSchema,
  observationSchema,
  pointSchema,
  programmeSchema,
  sourceSchema,
  textSchema,
  thresholdsSchema,
} from './feed-schema.js';

/** A parsed, valid `prim-feed/1` document. */
export type Feed = z.infer<typeof feedSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Commune = z.infer<typeof communeSchema>;
export type Call = z.infer<typeof callSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Text = z.infer<typeof textSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type Sex = 'female' | 'male';
export type Lang = 'fr' | 'ar' | 'en';
