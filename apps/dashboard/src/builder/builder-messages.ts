import type { Lang } from '@prim/indicators';
import type { SnippetVariant } from './snippets.js';
import { ar } from './builder-messages-ar.js';
import { en } from './builder-messages-en.js';
import { fr } from './builder-messages-fr.js';

/** The embed builder's strings, one typed entry per language. */
export interface BuilderMessages {
  readonly title: string;
  readonly intro: string;
  readonly back: string;
  readonly widget: string;
  readonly indicator: string;
  readonly indicators: string;
  /** Under the indicator checkboxes: what none ticked means. */
  readonly noneTicked: string;
  readonly language: string;
  readonly theme: string;
  readonly asOf: string;
  readonly region: string;
  readonly commune: string;
  readonly any: string;
  readonly preview: string;
  readonly snippets: string;
  readonly scriptVariant: string;
  readonly inlineVariant: string;
  readonly iframeVariant: string;
  readonly copy: string;
  readonly copied: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  readonly noChart: string;
  readonly inlineNote: string;
  readonly iframeNote: string;
  readonly shortcodeVariant: string;
  readonly blockVariant: string;
  /** Which WordPress roles each form works for, by snippet variant. */
  readonly roles: Readonly<Record<SnippetVariant, string>>;
  /** Labels of the element-specific options (widget-catalog.ts), by attribute name. */
  readonly options: Readonly<Record<string, string>>;
  /** What each widget shows, by tag: the widget list reads these, the snippet the tag. */
  readonly widgets: Readonly<Record<string, string>>;
  /**
   * What the reader sees for each fixed attribute value, by attribute then value (the
   * element-specific options, `theme`, `lang`); the snippet keeps the value itself.
   */
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The unset choice of an option whose element default is `value` (already translated). */
  readonly byDefault: (value: string) => string;
  /** The unset `lang`: the widget follows its page. */
  readonly pageLanguage: string;
}

export const BUILDER_MESSAGES: Readonly<Record<Lang, BuilderMessages>> = { fr, ar, en };
