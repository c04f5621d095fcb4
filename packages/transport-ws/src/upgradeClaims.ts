import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';

/** Sockets some lit-ui listener already took, so two listeners matching one path never both handle it. */
export const claimed = new WeakSet<Duplex>();
/** Upgrade listeners of lit-ui (per-app transports and the shared endpoint), and the path matchers of each server's. */
const ourListeners = new WeakSet<(...args: never[]) => unknown>();
const matchersOf = new WeakMap<HttpServer | HttpsServer, Set<(pathname: string) => boolean>>();

/**
 * Registers a lit-ui upgrade listener and the paths it takes on `server`,
 * for {@link orphaned}. Returns a function that removes both.
 */
export function claimUpgrades(
  server: HttpServer | HttpsServer,
  listener: (...args: never[]) => unknown,
  matches: (pathname: string) => boolean,
): () => void {
  server.on('upgrade', listener as (...args: unknown[]) => void);
  ourListeners.add(listener);
  if (!matchersOf.has(server)) matchersOf.set(server, new Set());
  matchersOf.get(server)!.add(matches);
  return () => {
    server.off('upgrade', listener as (...args: unknown[]) => void);
    matchersOf.get(server)?.delete(matches);
  };
}

/**
 * True when no handler will ever take this upgrade: every upgrade listener
 * of the server is lit-ui's and none of them matches the path. (With a
 * foreign listener — another WebSocket server, a dev server — the upgrade
 * is left to it.)
 */
export function orphaned(server: HttpServer | HttpsServer, pathname: string): boolean {
  const listeners = server.listeners('upgrade') as Array<(...args: never[]) => unknown>;
  if (!listeners.every((listener) => ourListeners.has(listener))) return false;
  return ![...(matchersOf.get(server) ?? [])].some((match) => match(pathname));
}
