import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Unit tests import sibling workspace packages from source; integration and e2e tests use the built packages. */
const sourceAliases = {
  alias: [
    { find: /^@lit-ui\/core\/protocol$/, replacement: src('./packages/core/src/protocol/index.ts') },
    { find: /^@lit-ui\/core\/testing$/, replacement: src('./packages/core/src/testing/index.ts') },
    { find: /^@lit-ui\/core\/node$/, replacement: src('./packages/core/src/node/index.ts') },
    { find: /^@lit-ui\/core$/, replacement: src('./packages/core/src/index.ts') },
    { find: /^@lit-ui\/transport-ws\/client$/, replacement: src('./packages/transport-ws/src/client/index.ts') },
    { find: /^@lit-ui\/transport-ws$/, replacement: src('./packages/transport-ws/src/index.ts') },
    { find: /^@lit-ui\/ui-lit\/server$/, replacement: src('./packages/ui-lit/src/server/index.ts') },
    // st.map's basemap, aliased by file as ui-lit's build does (vega-datasets exports no subpaths).
    {
      find: /^lit-ui-world-atlas$/,
      replacement: fileURLToPath(new URL('../data/world-110m.json', pathToFileURL(createRequire(import.meta.url).resolve('vega-datasets')))),
    },
  ],
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: sourceAliases,
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts'],
          environment: 'node',
          typecheck: { enabled: true, include: ['packages/core/src/**/*.test-d.ts'], tsconfig: 'packages/core/tsconfig.test.json' },
        },
      },
      {
        resolve: sourceAliases,
        test: { name: 'transport-ws', include: ['packages/transport-ws/src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: sourceAliases,
        esbuild: { target: 'es2022' },
        test: { name: 'ui-lit', include: ['packages/ui-lit/src/**/*.test.ts', 'packages/ui-lit/scripts/*.test.mjs'], environment: 'happy-dom' },
      },
      {
        resolve: sourceAliases,
        test: { name: 'metrics-prometheus', include: ['packages/metrics-prometheus/src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: sourceAliases,
        test: { name: 'adapter-express', include: ['packages/adapter-express/src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: sourceAliases,
        // Against a real redis-server each file starts on a free port.
        test: {
          name: 'store-redis',
          include: ['packages/store-redis/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      { test: { name: 'adapter-next', include: ['packages/adapter-next/src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'examples', include: ['examples/**/*.test.ts'], exclude: ['**/node_modules/**', '**/.next/**'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/acceptance/**/*.test.mjs'],
          environment: 'node',
          // Real servers on loopback, run beside the unit projects on a 2-core CI machine: a guard against hangs, not a figure.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The same browser suite over HTTP streaming: servers offer no WebSocket, and harness.idle() checks the transport in use.
        test: {
          name: 'e2e-http-stream',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/next.test.ts'],
          env: { LIT_UI_E2E_TRANSPORT: 'http-stream' },
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
