import type {
  ComputeOptions,
  Flag,
  FootfallBy,
  FootfallPanels,
  ParityResult,
  PipelineRow,
  Progress,
  SeriesPoint,
  TableObservation,
} from '@prim/indicators';

/**
 * The model's answers an element draws from. Two kinds: the model itself over a parsed feed
 * (model-reader.ts, loaded on demand), and views published beside the feed
 * (published-reader.ts), which answer only what was published and throw `Unpublished`
 * otherwise, so that the element falls back to the model rather than show another figure.
 */
export interface FeedReader {
  progress(indicator: string, options: ComputeOptions): Progress;
  /** The indicator's series by period. */
  series(indicator: string, options: ComputeOptions): readonly SeriesPoint[];
  parity(options: ComputeOptions): readonly ParityResult[];
  /** The 'stale' quality flags only (the stale-data notice). */
  stale(options: ComputeOptions): readonly Flag[];
  footfall(options: ComputeOptions, by: FootfallBy, smallMultiples: boolean): FootfallPanels;
  /** The fund's calls, stage by stage. */
  fundPipeline(options: ComputeOptions): readonly PipelineRow[];
  /** The observations of one indicator a table lists (`tableObservations`). */
  observations(indicator: string, options: ComputeOptions): readonly TableObservation[];
}

/** Published views do not hold this answer (another date, a filter, an unknown key). */
export class Unpublished extends Error {
  constructor(what: string) {
    super(`not in the published views: ${what}`);
    this.name = 'Unpublished';
  }
}
