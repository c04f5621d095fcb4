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
 * for {@link orphaned}. Returns a function that removes both. Each listener
 * raises the server's listener limit by one, so a host mounting a dozen apps
 * on one server gets no `MaxListenersExceededWarning` for them (the limit
 * still warns about the host's own listeners).
 */
export function claimUpgrades(
  server: HttpServer | HttpsServer,
  listener: (...args: never[]) => unknown,
  matches: (pathname: string) => boolean,
): () => void {
  adjustListenerLimit(server, +1);
  server.on('upgrade', listener as (...args: unknown[]) => void);
  ourListeners.add(listener);
  if (!matchersOf.has(server)) matchersOf.set(server, new Set());
  matchersOf.get(server)!.add(matches);
  return () => {
    server.off('upgrade', listener as (...args: unknown[]) => void);
    adjustListenerLimit(server, -1);
    matchersOf.get(server)?.delete(matches);
  };
}

/** Moves the server's listener limit by `delta`, unless it is unlimited (0). */
function adjustListenerLimit(server: HttpServer | HttpsServer, delta: number): void {
  const limit = server.getMaxListeners();
  if (limit !== 0) server.setMaxListeners(Math.max(0, limit + delta) || 1);
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
