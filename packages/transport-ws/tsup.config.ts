import { defineConfig } from 'tsup';

export default defineConfig({
  // `index`: the Node server side (ws); `client/index`: browser-safe, never imports ws or node:*.
  entry: { index: 'src/index.ts', 'client/index': 'src/client/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  target: 'es2022',
  platform: 'node',
  removeNodeProtocol: false,
});
