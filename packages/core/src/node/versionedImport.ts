import { register } from 'node:module';
import { RELOAD_PARAM, type ReloadHooksData } from './reloadHooks.js';

/** Imports a module anew (a seam: tests pass their own): `version` differs on each reload. */
export type VersionedImport = (moduleUrl: URL, version: number) => Promise<unknown>;

/** Folders whose reload hooks this process has registered (once each). */
const registered = new Set<string>();

/**
 * The default {@link VersionedImport} for modules under `root` (a `file:`
 * URL ending in `/`): registers the reload hooks for `root` once per
 * process (`module.register`, Node ≥ 20.6), then imports
 * `moduleUrl?lit-ui-reload=<version>`, which evaluates it and every module
 * it imports from under `root` afresh (see `reloadHooks.ts`).
 */
export function versionedImport(root: string): VersionedImport {
  if (!registered.has(root)) {
    registered.add(root);
    const data: ReloadHooksData = { root };
    register(new URL('./reloadHooks.js', import.meta.url), { data });
  }
  return (moduleUrl, version) => {
    const url = new URL(moduleUrl);
    url.searchParams.set(RELOAD_PARAM, String(version));
    return import(url.href);
  };
}
