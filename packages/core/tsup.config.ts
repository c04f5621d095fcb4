import { defineConfig, type Options } from 'tsup';

const shared = { format: ['esm'], sourcemap: true, target: 'node20', splitting: true, clean: false } satisfies Options;

export default defineConfig([
  {
    ...shared,
    // Platform-neutral entries: compiled without Node's or the DOM's types (see src/webGlobals.d.ts).
    entry: { index: 'src/index.ts', 'protocol/index': 'src/protocol/index.ts', 'testing/index': 'src/testing/index.ts' },
    dts: true,
    tsconfig: 'tsconfig.json',
  },
  {
    ...shared,
    // The Node-only bridge, behind `@lit-ui/core/node`.
    entry: { 'node/index': 'src/node/index.ts' },
    dts: true,
    tsconfig: 'tsconfig.node.json',
  },
  {
    ...shared,
    // Run on save's module hooks: a file of their own, which `module.register` loads on Node's hooks thread.
    entry: { 'node/reloadHooks': 'src/node/reloadHooks.ts' },
    tsconfig: 'tsconfig.node.json',
  },
]);
