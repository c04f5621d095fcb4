import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';
import { minifyCssLiterals } from './scripts/minifyCssLiterals.mjs';

/**
 * `@lit-ui/core/protocol` is bundled from core's source: its built
 * `dist/protocol/index.js` is one module that also builds the BackMsg zod
 * schemas at load time, which would drag all of zod (~450 KB) into the
 * client. From source, core's `sideEffects: false` lets esbuild drop the
 * unused `backMsg.ts` module (and zod) entirely.
 */
const coreProtocolSource = fileURLToPath(new URL('../core/src/protocol/index.ts', import.meta.url));

/** `st.map`'s basemap (see src/renderers/display/worldAtlas.d.ts): vega-datasets exports no subpaths, so it is aliased by file. */
const worldAtlas = fileURLToPath(new URL('../data/world-110m.json', pathToFileURL(createRequire(import.meta.url).resolve('vega-datasets'))));

/**
 * Two outputs (the Node-side `server` entry has its own config,
 * `tsup.server.config.ts`, built after this one: a parallel build's
 * declaration pass would delete its `.d.ts`):
 * - the library (`dist/`): ESM + .d.ts of `index`, `assets`, `transport`
 *   (the transports' clients without the element) and the registration
 *   module, runtime dependencies external;
 * - the browser bundle (`dist/browser/client.js`): everything bundled and
 *   minified, with code splitting so the renderers' dynamic imports
 *   (vega-embed, KaTeX, highlight.js) stay in lazy `chunk-[hash].js` files.
 */
export default defineConfig([
  {
    entry: { index: 'src/index.ts', assets: 'src/assets.ts', transport: 'src/transport/index.ts', 'lit-ui-app': 'src/lit-ui-app.ts' },
    outDir: 'dist',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    splitting: true,
    // Keep dist/browser (written by the other build, in parallel).
    clean: ['!browser/**'],
    // Sibling workspace packages are dev dependencies of ui-lit: bundle their browser code.
    noExternal: [/^@lit-ui\//],
    tsconfig: 'tsconfig.json',
    esbuildOptions(options) {
      options.alias = { '@lit-ui/core/protocol': coreProtocolSource, 'lit-ui-world-atlas': worldAtlas };
    },
  },
  {
    entry: { client: 'src/lit-ui-app.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    dts: false,
    sourcemap: false,
    splitting: true,
    minify: true,
    clean: true,
    noExternal: [/.*/],
    // esbuild minifies the JavaScript around Lit's css`…` templates, not the CSS text inside them.
    esbuildPlugins: [minifyCssLiterals()],
    tsconfig: 'tsconfig.json',
    esbuildOptions(options) {
      options.chunkNames = 'chunk-[hash]';
      options.alias = { '@lit-ui/core/protocol': coreProtocolSource, 'lit-ui-world-atlas': worldAtlas };
      options.legalComments = 'none';
    },
  },
]);
