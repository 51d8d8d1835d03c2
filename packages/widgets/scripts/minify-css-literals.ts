import type { Plugin } from 'vite';

/**
 * Shrinks the text of Lit `css\`…\`` templates in the widgets' own sources: comments out,
 * whitespace collapsed. The JS minifier leaves template text alone, and the stylesheets
 * (comments saying why included) are about a tenth of an element's bundle. Only safe
 * rewrites: no space is removed before ':' (a descendant ' :host' would change meaning),
 * and the styles hold no strings (no `content: '…'`) that whitespace rules could alter.
 */
export function minifyCss(text: string): string {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      // 'color: red' in a declaration (after '{' or ';'); selectors never have a space after ':'.
      .replace(/([{;][\w-]+):\s+/g, '$1:')
      .replace(/;}/g, '}')
      .trim()
  );
}

/** The Vite/Rolldown plugin applying `minifyCss` to every css`` literal under src/. */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'prim:minify-css-literals',
    transform: {
      filter: { id: /\/packages\/widgets\/src\/.*\.ts$/ },
      handler(code) {
        if (!code.includes('css`')) return null;
        return {
          code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``),
          map: null,
        };
      },
    },
  };
}
