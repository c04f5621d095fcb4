import { WS_PATH_SUFFIX } from '@lit-ui/transport-ws';

/** Most distinct mount paths a matcher learns; past that it accepts any `…/_lit-ui/ws` (see {@link createMountMatcher}). */
export const MAX_LEARNED_MOUNTS = 32;

/** Decides which WebSocket upgrade paths belong to one router. */
export interface MountMatcher {
  /** Records a mount path the router was reached under (`req.baseUrl`). */
  learn(baseUrl: string): void;
  /** Whether an upgrade's raw pathname is this router's endpoint. */
  matches(pathname: string): boolean;
}

/** `'/a/b/'` → `'/a/b'`, `'/'` → `''`: the form `req.baseUrl` has. */
function normalizeMount(path: string): string {
  return path.replace(/\/+$/, '');
}

/**
 * The upgrade-path matcher of an Express router. A router does not know
 * where it is mounted until a request passes through it, yet upgrades may
 * arrive first (a tab reconnecting after a server restart). So:
 * - with `basePath`, only `<basePath>/_lit-ui/ws` matches;
 * - otherwise the mount paths seen in `req.baseUrl` are learned, and only
 *   `<learned>/_lit-ui/ws` matches; until one is seen — or when more than
 *   {@link MAX_LEARNED_MOUNTS} were seen (a parameterised mount such as
 *   `/:tenant`), where learning stops to bound memory — any pathname ending
 *   in `/_lit-ui/ws` matches.
 *
 * @param basePath - The mount path when known up front, e.g. `'/tools/explorer'`.
 * @returns A {@link MountMatcher}.
 *
 * @example
 * ```ts
 * const matcher = createMountMatcher();
 * matcher.matches('/x/_lit-ui/ws');        // true (nothing learned yet)
 * matcher.learn('/tools/explorer');
 * matcher.matches('/x/_lit-ui/ws');        // false
 * matcher.matches('/tools/explorer/_lit-ui/ws'); // true
 * ```
 */
export function createMountMatcher(basePath?: string): MountMatcher {
  if (basePath !== undefined) {
    const endpoint = normalizeMount(basePath) + WS_PATH_SUFFIX;
    return { learn: () => undefined, matches: (pathname) => pathname === endpoint };
  }
  const mounts = new Set<string>();
  let overflowed = false;
  return {
    learn(baseUrl) {
      if (overflowed) return;
      const mount = normalizeMount(baseUrl);
      if (mounts.has(mount)) return;
      if (mounts.size >= MAX_LEARNED_MOUNTS) {
        overflowed = true;
        mounts.clear();
        return;
      }
      mounts.add(mount);
    },
    matches(pathname) {
      if (!pathname.endsWith(WS_PATH_SUFFIX)) return false;
      if (overflowed || mounts.size === 0) return true;
      return mounts.has(pathname.slice(0, -WS_PATH_SUFFIX.length));
    },
  };
}
