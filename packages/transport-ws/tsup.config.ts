import { defineConfig } from 'tsup';

export default defineConfig({
  // `index`: the Node server side (ws); `client/index` and `shared-socket`: browser-safe, never import ws or node:*.
  // `shared-socket` is its own entry so that a browser bundle loads it only when several apps share a socket.
  entry: { index: 'src/index.ts', 'client/index': 'src/client/index.ts', 'shared-socket': 'src/client/sharedSocket.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  target: 'es2022',
  platform: 'node',
  removeNodeProtocol: false,
});
