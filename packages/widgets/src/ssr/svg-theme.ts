import { chartStyles } from '../styles/chart-styles.js';
import { markStyles } from '../styles/mark-styles.js';
import { themeStyles } from '../styles/theme-styles.js';

export type Theme = 'light' | 'dark';

/** The widget palette (`--_name` defaults of theme-styles.ts and mark-styles.ts) of one theme, by name. */
export type Palette = Readonly<Record<string, string>>;

/** The declarations of the first CSS block whose selector starts with `selector`. */
function block(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`a theme stylesheet has no ${selector} block`);
  return css.slice(start, css.indexOf('}', start));
}

/**
 * Reads the palette from the elements' own theme stylesheet, so that a static SVG has the
 * same colours and fonts as the widget, with no second copy to keep in step.
 */
export function paletteOf(theme: Theme): Palette {
  // The base palette, then the marks' (mark-styles.ts), each light then its own theme's.
  const sheets = [themeStyles.cssText, markStyles.cssText].flatMap((css) => {
    const light = block(css, ':host');
    return [light, theme === 'dark' ? block(css, ":host([theme='dark'])") : light];
  });
  const tokens: Record<string, string> = {};
  for (const decls of [...sheets, block(chartStyles.cssText, ':host')]) {
    for (const m of decls.matchAll(/--_([\w-]+):\s*var\(\s*--prim-[\w-]+,\s*([^;]+?)\s*\);/g)) {
      if (m[1] && m[2]) tokens[m[1]] = resolveTokens(m[2].replace(/\s+/g, ' '), tokens);
    }
  }
  return tokens;
}

/** CSS with every `var(--_name)` replaced by the palette's value. */
function resolveTokens(css: string, p: Palette): string {
  return css.replace(/var\(--_([\w-]+)\)/g, (whole, name: string) => p[name] ?? whole);
}

/**
 * The elements' chart stylesheet (series colours, patterns, bands, grid) with concrete
 * values: new chart marks styled there reach static SVG without a change here.
 */
function chartRules(p: Palette): string {
  const rules = chartStyles.cssText
    .replace(/:host\s*\{[^}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return resolveTokens(rules, p);
}

/**
 * The stylesheet of a standalone SVG: concrete values (no custom properties, which many SVG
 * consumers ignore). The first rules mirror the chart rules of base-styles.ts (which also
 * style the HTML around the charts, so they are not copied wholesale); chart-styles.ts is
 * used as is.
 */
export function svgStyle(p: Palette): string {
  const c = (name: string) => p[name] ?? 'currentColor';
  return [
    `svg{font-family:${p.font ?? 'sans-serif'}}`,
    `text{fill:${c('text')};font-size:13px}`,
    `text.muted{fill:${c('muted')};font-size:12px}`,
    `text.title{font-size:17px;font-weight:700}`,
    `.value{font-size:28px;font-weight:700}`,
    `.unit{fill:${c('muted')};font-size:14px;font-weight:400}`,
    `text.notice{fill:${c('notice-text')};font-size:12px}`,
    `.frame{fill:${c('bg')};stroke:${c('border')}}`,
    `.track{fill:${c('track')}}`,
    `.bar{fill:${c('accent')}}`,
    `.target{stroke:${c('target')};stroke-width:2}`,
    `.expected{fill:${c('expected')};stroke:${c('expected')}}`,
    `.line{fill:none;stroke:${c('accent')};stroke-width:2}`,
    ...['achieved', 'on-track', 'at-risk', 'off-track'].map((s) => `.status-${s}{fill:${c(s)}}`),
    `.status-no-target,.status-no-data,.parity-unknown{fill:none;stroke:${c('unknown')};stroke-dasharray:3 2}`,
    `.parity-meets{fill:${c('meets')}}`,
    `.parity-below{fill:${c('below')}}`,
    `.threshold{stroke:${c('target')};stroke-width:1.5;stroke-dasharray:4 3}`,
    chartRules(p),
  ].join('\n');
}
