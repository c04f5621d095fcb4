/**
 * Where the built browser bundle of `<lit-ui-app>` lives: a directory URL
 * holding `client.js` and its lazily loaded `chunk-*.js` files. Adapters
 * serve this directory under the app's mount (`<mount>/client.js`).
 *
 * @example
 * import { clientAssetsDir } from '@lit-ui/ui-lit/assets';
 * const clientJs = new URL('client.js', clientAssetsDir); // file:///…/dist/browser/client.js
 */
export const clientAssetsDir: URL = new URL('./browser/', moduleUrl());

/**
 * This module's URL, from a function: a bundler that reads `new URL(path,
 * import.meta.url)` as an asset to copy (Turbopack, webpack) would fail on a
 * directory. Bundled, the URL points into the bundle's output, where no
 * bundle is; `@lit-ui/adapter-next` then finds the package on disk.
 */
function moduleUrl(): string {
  return String(import.meta.url);
}

/** File name of the bundle's entry inside {@link clientAssetsDir}. */
export const clientEntryFile = 'client.js';
