import { defineConfig } from 'tsup';

/**
 * `@lit-ui/ui-lit/server` (`dist/server.js`): the Node-side request core —
 * host page, bundle files and security headers on web Request/Response,
 * shared by the adapters. Built after `tsup.config.ts` (whose clean step
 * would delete these files). `@lit-ui/core` stays external: one copy of
 * core at run time.
 */
export default defineConfig({
  entry: { server: 'src/server/index.ts' },
  outDir: 'dist',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: false,
  external: [/^@lit-ui\/core/],
  removeNodeProtocol: false,
  tsconfig: 'tsconfig.server.json',
});
