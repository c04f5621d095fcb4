import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', server: 'src/server.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  removeNodeProtocol: false,
  // One copy of core at run time, and Next resolved from the host app.
  external: [/^@lit-ui\//, /^next(\/|$)/],
});
