// An esbuild plugin for the browser bundle: minifies the text of Lit's css`…` tagged templates in ui-lit's
// sources (comments dropped, runs of whitespace collapsed, spaces around `{`, `}`, `;`, `,` and after `:` removed).
// Interpolations (`${…}`) are kept as they are. CSS text is otherwise shipped as written, indentation included.
import { readFile } from 'node:fs/promises';

/** A css`…` template: the tag, then text and `${…}` parts (no backtick inside an interpolation). */
const TEMPLATE = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^`}]*\})*)`/g;

/**
 * Minifies the static text of one template, leaving its interpolations alone.
 * @param {string} body - The template's text between the backticks.
 * @returns {string}
 */
export function minifyCssText(body) {
  return body
    .split(/(\$\{[^`}]*\})/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('');
}

/** @returns {import('esbuild').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'lit-ui-minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]ui-lit[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('css`')) return undefined;
        const contents = source.replace(TEMPLATE, (/** @type {string} */ _match, /** @type {string} */ body) => `css\`${minifyCssText(body)}\``);
        return { contents, loader: 'ts' };
      });
    },
  };
}
