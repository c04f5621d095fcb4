import { fileURLToPath } from 'node:url';

/**
 * lit-ui's server packages stay out of Next's server bundle: the request
 * core finds the browser bundle next to its own module (`import.meta.url`),
 * and one copy of `@lit-ui/core` serves every route.
 *
 * @type {import('next').NextConfig}
 */
const config = {
  serverExternalPackages: ['@lit-ui/core', '@lit-ui/ui-lit', '@lit-ui/adapter-next', '@lit-ui/transport-ws'],
  // The workspace packages live at the monorepo's root (one lockfile there).
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  outputFileTracingRoot: fileURLToPath(new URL('../..', import.meta.url)),
};

export default config;
