import type { FlagCode } from '@prim/indicators';
import type { Page } from '../state/view-state.js';

/** Every string the dashboard shows, typed so that no language can miss one. */
export interface Messages {
  readonly appTitle: string;
  readonly skipToContent: string;
  readonly pages: Readonly<Record<Page, string>>;
  readonly components: Readonly<Record<1 | 2 | 3, string>>;
  readonly language: string;
  readonly theme: string;
  readonly themes: Readonly<{ light: string; dark: string }>;
  readonly asOf: string;
  readonly asOfPresets: Readonly<{ midTerm: string; end: string; feed: string }>;
  readonly region: string;
  readonly allRegions: string;
  readonly commune: string;
  readonly allCommunes: string;
  readonly loading: string;
  readonly shareLink: string;
  readonly linkCopied: string;
  readonly builder: string;
  readonly report: string;
  // Headline indicators
  readonly fundCompletion: string;
  readonly footfall: string;
  readonly parityCheck: string;
  readonly coverage: string;
  /** Without a target (a region's count): the count alone, never 'of 100'. */
  readonly projectsFunded: (actual: string, target?: string) => string;
  readonly communesEquipped: (actual: string, target?: string) => string;
  readonly peopleReceived: string;
  readonly expectedBy: (value: string, date: string) => string;
  readonly targetBy: (value: string, date: string) => string;
  readonly noData: string;
  readonly lastReported: (period: string) => string;
  // Uncertainty, shown beside the numbers
  readonly synthetic: string;
  readonly syntheticNote: string;
  readonly conflicts: string;
  readonly lowerBound: string;
  readonly approximate: string;
  readonly atLeast: string;
  readonly unknownSex: string;
  readonly sourcesLabel: string;
  // Tables and charts
  readonly byRegion: string;
  readonly byCommune: string;
  /** Caption of the table linking to each commune's page. */
  readonly communePages: string;
  readonly history: string;
  readonly parityByActivity: string;
  readonly seasonality: (share: string, ratio: string) => string;
  readonly columns: Readonly<{
    period: string;
    value: string;
    region: string;
    commune: string;
    share: string;
    activity: string;
    women: string;
    men: string;
    total: string;
    shareWomen: string;
    gpi: string;
    status: string;
    source: string;
    funded: string;
  }>;
  readonly basis: Readonly<{ counts: string; 'reported-share': string; none: string }>;
  readonly drillDown: (commune: string) => string;
  readonly backToRegion: string;
  readonly compareTitle: string;
  // Quality and sources
  readonly qualityIntro: string;
  readonly noFlags: string;
  /** `count` is counted already ('3 alertes qualité'), in the plural form it takes. */
  readonly moreFlags: (count: string) => string;
  readonly flagCodes: Readonly<Record<FlagCode, string>>;
  /** The sentences themselves are @prim/widgets' flagSentence, shared with the CLI. */
  readonly flagText: Readonly<{
    /** Summary of the folded English message the model wrote. */
    original: string;
  }>;
  readonly sourcesIntro: string;
  readonly sourceKinds: Readonly<{ public: string; document: string; synthetic: string }>;
  readonly publishedBy: (publisher: string) => string;
  readonly open: string;
  // Loading another feed
  readonly feedPanel: string;
  readonly currentFeed: (name: string, asOf: string) => string;
  readonly builtInFeed: string;
  readonly localFile: (name: string) => string;
  /** Around the host of a feed from another site: 'Data loaded from … — not published by PRIM'. */
  readonly foreignFeed: Readonly<{ before: string; after: string }>;
  readonly chooseFile: string;
  readonly dropHere: string;
  readonly feedUrl: string;
  readonly load: string;
  readonly resetFeed: string;
  readonly feedRejected: (name: string, count: string) => string;
  readonly feedKept: string;
  readonly usePartial: string;
  readonly dismiss: string;
  readonly loadFailed: (detail: string) => string;
  readonly feedWarnings: (count: string) => string;
  // Comparing with an earlier feed
  readonly earlierPanel: string;
  readonly earlierFile: string;
  readonly earlierUrl: string;
  readonly clearEarlier: string;
  readonly changesTitle: (name: string, asOf: string) => string;
  /** `plural` is the locale's plural category of a count (Intl.PluralRules). */
  readonly changesCounts: (
    added: number,
    removed: number,
    changed: number,
    plural: (n: number) => Intl.LDMLPluralRule,
  ) => string;
  readonly statusChanges: string;
  readonly noChanges: string;
  readonly changesByIndicator: string;
  readonly changeColumns: Readonly<{
    indicator: string;
    status: string;
    added: string;
    removed: string;
    changed: string;
    periods: string;
  }>;
  readonly definitionChanged: string;
}
