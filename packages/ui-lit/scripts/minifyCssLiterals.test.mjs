import { describe, expect, it } from 'vitest';
import { minifyCssText } from './minifyCssLiterals.mjs';

describe('minifyCssText (the browser bundle’s css`…` minifier)', () => {
  it('drops comments and whitespace but keeps descendant combinators, values and interpolations', () => {
    const body = `
      /* the host */
      :host {
        display: block;
        margin: \${a} \${b};
      }
      .a :hover, .b > .c {
        color: rgba(0, 0, 0, 0.5);
        width: calc(100% - 2px);
      }
      @media (max-width: 600px) { .x { grid-template-areas: "a b" "c d"; } }
    `;
    expect(minifyCssText(body)).toBe(
      ' :host{display:block;margin:${a} ${b};}.a :hover,.b > .c{color:rgba(0,0,0,0.5);width:calc(100% - 2px);}' +
        '@media (max-width:600px){.x{grid-template-areas:"a b" "c d";}}',
    );
  });
});
