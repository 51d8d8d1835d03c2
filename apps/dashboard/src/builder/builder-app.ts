import type { Feed, Lang } from '@prim/indicators';
import { downloadPng, downloadSvg, findChart } from '@prim/widgets';
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { applyDocumentState } from '../app/document-state.js';
import { builtinFeedUrl, feedFromUrl } from '../feed/feed-source.js';
import {
  attributesOf,
  availableWidgets,
  widgetSpec,
  WIDGETS,
  type WidgetSpec,
} from '../embed/widget-catalog.js';
import { BUILDER_MESSAGES, type BuilderMessages } from './builder-messages.js';
import { firstDownloads } from './first-downloads.js';
import {
  communeChoices,
  indicatorChoices,
  langChoices,
  optionChoices,
  regionChoices,
  themeChoices,
  widgetChoices,
  type Choices,
} from './choice-lists.js';
import { idsOf, indicatorPicker } from './indicator-picker.js';
import {
  blockSnippet,
  embedUrl,
  iframeSnippet,
  inlineSnippet,
  scriptSnippet,
  shortcodeSnippet,
  trimFeed,
  type EmbedChoice,
  type SnippetVariant,
} from './snippets.js';

type Variant = SnippetVariant;

/** The builder's choices live in the hash like the dashboard's: a link restores them. */
function readChoice(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#\/?/, '').replace(/^[a-z]+\?/, ''));
}

/**
 * Pick a widget and its options, see it live, copy one of three snippets, download the
 * chart. The preview element is the snippet's element: same tag, same attributes.
 */
export class BuilderApp {
  private feed: Feed | undefined;
  private copied: Variant | undefined;
  private message = '';

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    addEventListener('hashchange', () => this.render());
    this.render();
    const outcome = await feedFromUrl(undefined);
    if (outcome.ok) this.feed = outcome.loaded.feed;
    this.render();
  }

  private get params() {
    const p = readChoice();
    const lang = (['fr', 'ar', 'en'] as const).find((l) => l === p.get('lang')) ?? 'fr';
    const widgets = availableWidgets();
    const spec = widgetSpec(p.get('widget')) ?? widgets[0];
    return { p, lang, spec, widgets };
  }

  private set(key: string, value: string): void {
    const p = readChoice();
    // No indicator ticked is a choice (the element's own default), not a return to ours.
    if (value || key === 'indicator') p.set(key, value);
    else p.delete(key);
    // Another widget: drop the attributes only the previous one had.
    if (key === 'widget') {
      p.delete('indicator');
      for (const option of WIDGETS.flatMap((w) => w.options ?? [])) p.delete(option.name);
    }
    this.copied = undefined;
    location.hash = `#/builder?${p.toString()}`;
  }

  private choice(spec: WidgetSpec, p: URLSearchParams): EmbedChoice {
    const indicator = spec.indicatorAttribute
      ? (p.get('indicator') ?? spec.defaultIndicator ?? '')
      : '';
    const attributes: Array<[string, string]> = attributesOf(spec).map((name) => [
      name,
      name === spec.indicatorAttribute ? indicator : (p.get(name) ?? ''),
    ]);
    const feedUrl = builtinFeedUrl();
    return {
      tag: spec.tag,
      attributes,
      feedUrl,
      preload: firstDownloads(spec, attributes, feedUrl),
      // Beside this page, so a deploy under a sub-path writes snippets for that sub-path.
      scriptUrl: new URL('widgets.js', document.baseURI).href,
      embedPageUrl: new URL('embed.html', document.baseURI).href,
    };
  }

  private render(): void {
    const { p, lang, spec, widgets } = this.params;
    const m = BUILDER_MESSAGES[lang];
    applyDocumentState({ lang, theme: p.get('theme') === 'dark' ? 'dark' : 'light' }, m.title);
    const back = `index.html#/overview${lang === 'fr' ? '' : `?lang=${lang}`}`;
    render(
      html`<header class="app-header">
          <h1>${m.title}</h1>
          <p>${m.intro} <a href=${back}>${m.back}</a></p>
        </header>
        <main class="main builder">${spec ? this.body(m, lang, spec, widgets, p) : nothing}</main>`,
      this.root,
    );
  }

  private body(
    m: BuilderMessages,
    lang: Lang,
    spec: WidgetSpec,
    widgets: readonly WidgetSpec[],
    p: URLSearchParams,
  ): TemplateResult {
    const choice = this.choice(spec, p);
    const attr = (name: string) => choice.attributes.find(([k]) => k === name)?.[1] ?? '';
    // The widget is the element itself, not one of its attributes.
    const chosen = (key: string) => (key === 'widget' ? spec.tag : attr(key));
    const onChange = (key: string) => (e: Event) =>
      this.set(key, (e.target as HTMLInputElement | HTMLSelectElement).value);
    const feed = this.feed;
    const select = (key: string, label: string, options: Choices) =>
      html`<label
        >${label}
        <select name=${key} @change=${onChange(key)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${chosen(key) === v}>${text}</option>`)}
        </select></label
      >`;
    const snippets: Array<[Variant, string, string, string]> = [
      ['script', m.scriptVariant, scriptSnippet(choice), m.roles.script],
      [
        'iframe',
        m.iframeVariant,
        iframeSnippet(choice, spec.tag),
        `${m.iframeNote} ${m.roles.iframe}`,
      ],
      ['shortcode', m.shortcodeVariant, shortcodeSnippet(choice), m.roles.shortcode],
      ['block', m.blockVariant, blockSnippet(choice), m.roles.block],
      [
        'inline',
        m.inlineVariant,
        feed
          ? inlineSnippet(
              choice,
              spec.reads
                ? trimFeed(feed, spec.reads(feed, attr(spec.indicatorAttribute ?? '')))
                : feed,
            )
          : '',
        `${m.inlineNote} ${m.roles.inline}`,
      ],
    ];
    return html`<form class="toolbar builder-form" @submit=${(e: Event) => e.preventDefault()}>
        ${select('widget', m.widget, widgetChoices(m, widgets))}
        ${
          spec.indicatorAttribute
            ? indicatorPicker(
                m,
                spec.indicatorAttribute,
                attr(spec.indicatorAttribute),
                indicatorChoices(feed, lang, idsOf(attr(spec.indicatorAttribute))),
                (value) => this.set('indicator', value),
              )
            : nothing
        }
        ${(spec.options ?? []).map((o) => select(o.name, m.options[o.name] ?? o.name, optionChoices(m, o)))}
        ${select('lang', m.language, langChoices(m))} ${select('theme', m.theme, themeChoices(m))}
        <label
          >${m.asOf}
          <input
            type="date"
            name="as-of"
            .value=${live(attr('as-of'))}
            @change=${onChange('as-of')}
        /></label>
        ${select('region', m.region, regionChoices(m, feed, lang))}
        ${select('commune', m.commune, communeChoices(m, feed, lang, attr('region')))}
      </form>
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">${m.preview}</h2>
        <div class="preview-frame" id="preview">${this.preview(choice)}</div>
        <p class="downloads">
          <button type="button" @click=${() => void this.download(m, downloadSvg, spec.tag)}>
            ${m.downloadSvg}
          </button>
          <button type="button" @click=${() => void this.download(m, downloadPng, spec.tag)}>
            ${m.downloadPng}
          </button>
          <span role="status">${this.message}</span>
        </p>
      </section>
      <section aria-labelledby="snippets-title">
        <h2 id="snippets-title">${m.snippets}</h2>
        ${snippets.map(
          ([variant, title, code, note]) =>
            html`<div class="snippet" data-variant=${variant}>
              <h3>${title}</h3>
              ${note ? html`<p class="line">${note}</p>` : nothing}
              <textarea
                readonly
                rows="4"
                dir="ltr"
                .value=${live(code)}
                aria-label=${title}
              ></textarea>
              <button type="button" @click=${() => this.copy(variant, code)}>
                ${this.copied === variant ? m.copied : m.copy}
              </button>
              ${
                variant === 'iframe'
                  ? html`<a href=${embedUrl(choice)} target="_blank" rel="noopener">embed.html</a>`
                  : nothing
              }
            </div>`,
        )}
      </section>`;
  }

  /** A fresh element whenever the choice changes, built exactly as the snippet would be. */
  private preview(choice: EmbedChoice): Element {
    const key = JSON.stringify(choice);
    const current = this.root.querySelector<HTMLElement>('#preview > *');
    if (current?.dataset['choice'] === key) return current;
    const element = document.createElement(choice.tag);
    element.setAttribute('src', choice.feedUrl);
    for (const [k, v] of choice.attributes) if (v) element.setAttribute(k, v);
    element.dataset['choice'] = key;
    return element;
  }

  private copy(variant: Variant, code: string): void {
    void navigator.clipboard?.writeText(code).catch(() => undefined);
    this.copied = variant;
    this.render();
  }

  /** The preview's chart, saved as the widget's own download button saves it. */
  private async download(
    m: BuilderMessages,
    save: (chart: SVGSVGElement, name: string) => unknown,
    name: string,
  ) {
    const widget = this.root.querySelector('#preview > *');
    const chart = widget ? findChart(widget) : undefined;
    this.message = chart ? '' : m.noChart;
    if (chart) await save(chart, name);
    else this.render();
  }
}
