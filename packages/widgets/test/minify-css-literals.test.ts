import { describe, expect, it } from 'vitest';
import { minifyCss } from '../scripts/minify-css-literals.js';

describe('minifyCss (the build step for css`` literals)', () => {
  it('drops comments and spaces, keeping selectors and values intact', () => {
    const css = `
      /* why */
      :host([theme='dark']) .a :hover,
      .b > span {
        font-family: 'Segoe UI', sans-serif;
        margin: 0 auto;
      }
    `;
    expect(minifyCss(css)).toBe(
      ":host([theme='dark']) .a :hover,.b>span{font-family:'Segoe UI',sans-serif;margin:0 auto}",
    );
  });
});
