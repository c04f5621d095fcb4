import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { createStaticAssets, type StaticAssets } from './staticAssets.js';

/**
 * Files of optional peer packages that the mount serves beside the bundle,
 * by the name the browser asks for: `plotly.min.js` is plotly.js from
 * `plotly.js-dist-min` (`st.plotlyChart`). A peer is looked up from this
 * package's location (the app's `node_modules`), once, on the first request.
 */
export const PEER_FILES: Readonly<Record<string, { readonly specifier: string; readonly install: string }>> = {
  'plotly.min.js': { specifier: 'plotly.js-dist-min/plotly.min.js', install: 'npm install plotly.js-dist-min@4.1.2' },
};

/** Serves the installed peers' files (ETag, `no-cache`); 404 naming the install command when a peer is not installed. */
export interface PeerAssets {
  /** True when `name` is a peer file (whether or not its package is installed). */
  has(name: string): boolean;
  /** The Response for peer file `name`. */
  serve(request: Request, name: string): Promise<Response>;
}

/**
 * Creates the peer file server of one mount.
 * @param resolve - Resolves a module specifier to a file path; default Node's resolution from this module. Throws when not installed.
 */
export function createPeerAssets(resolve: (specifier: string) => string = createRequire(import.meta.url).resolve): PeerAssets {
  const served = new Map<string, StaticAssets | null>();
  const assetsOf = (name: string): StaticAssets | null => {
    let assets = served.get(name);
    if (assets === undefined) {
      const peer = PEER_FILES[name];
      let file: string | undefined;
      try {
        file = peer ? resolve(peer.specifier) : undefined;
      } catch {
        file = undefined;
      }
      assets = file === undefined ? null : createStaticAssets(dirname(file));
      served.set(name, assets);
    }
    return assets;
  };
  return {
    has: (name) => Object.hasOwn(PEER_FILES, name),
    async serve(request, name) {
      const assets = assetsOf(name);
      if (assets) return assets.serve(request, name, 'js');
      const install = PEER_FILES[name]?.install ?? '';
      return new Response(`PeerNotInstalled: ${name} comes from an optional peer package that is not installed on the server (${install}).`, {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' },
      });
    },
  };
}
