/**
 * Node module customization hooks of run on save (registered with
 * `module.register` by `runOnSave`, one registration per watched folder;
 * they run on Node's hooks thread). A module imported from a URL that
 * carries `?lit-ui-reload=<n>` passes the same `n` on to every module it
 * imports from inside the watched folder (outside `node_modules`), so
 * importing the app module with a new `n` evaluates it and every project
 * module it reaches afresh, while packages keep their one instance. Chains
 * with other loaders' hooks (`tsx`): each resolves first, then the URL gets
 * the version.
 */

/** The query parameter that carries a module graph's reload version. */
export const RELOAD_PARAM = 'lit-ui-reload';

/** What `runOnSave` hands the hooks when it registers them. */
export interface ReloadHooksData {
  /** The watched folder's `file:` URL, ending in `/`. */
  readonly root: string;
}

interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}

type NextResolve = (specifier: string, context: { parentURL?: string }) => Promise<ResolveResult> | ResolveResult;

let root = '';

/** Node calls it with the registration's `data`. */
export function initialize(data: ReloadHooksData): void {
  root = data.root;
}

/**
 * The URL `resolved` gets when `parentURL` imports it: with the parent's
 * reload version when it is a project file under `watchedRoot`, unchanged otherwise.
 *
 * @param resolved - The URL the rest of the chain resolved the import to.
 * @param parentURL - The importing module's URL, if any.
 * @param watchedRoot - The watched folder's `file:` URL, ending in `/`.
 */
export function versionedUrl(resolved: string, parentURL: string | undefined, watchedRoot: string): string {
  if (!parentURL || !watchedRoot || !resolved.startsWith(watchedRoot) || resolved.includes('/node_modules/')) return resolved;
  const version = new URL(parentURL).searchParams.get(RELOAD_PARAM);
  if (version === null) return resolved;
  const url = new URL(resolved);
  url.searchParams.set(RELOAD_PARAM, version);
  return url.href;
}

/** Node's `resolve` hook. */
export async function resolve(specifier: string, context: { parentURL?: string }, nextResolve: NextResolve): Promise<ResolveResult> {
  const result = await nextResolve(specifier, context);
  const url = versionedUrl(result.url, context.parentURL, root);
  return url === result.url ? result : { ...result, url };
}
