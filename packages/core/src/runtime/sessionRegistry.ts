import { sameToken } from '../access/sessionToken.js';
import type { AppSession } from './appSession.js';
import type { RuntimeGauges } from './runtimeMetrics.js';

/** What a session is bound to when it is created; a resume must match all of it. */
export interface SessionBinding {
  /** Identity of the user who created it (see `userIdentity`); `undefined`: never resumable. */
  readonly identity: string | undefined;
  /** Normalised `Origin` of the connection that created it; `null` when it had none. */
  readonly origin: string | null;
  /** Client address that created it, for the per-address cap. */
  readonly ip: string | undefined;
}

interface Entry extends SessionBinding {
  readonly session: AppSession;
  /** Scheduler time of the last disconnect; `undefined` while connected. */
  disconnectedAt: number | undefined;
}

/** Why {@link SessionRegistry.resumable} refused a session. */
export type ResumeRefusal = 'token' | 'identity' | 'origin' | 'connected';

/**
 * The sessions of a runtime with what each is bound to (token, identity,
 * origin, client address) and since when it is disconnected: resume checks,
 * per-address counts, and the eviction order (disconnected longest ago first).
 */
export class SessionRegistry {
  private readonly entries = new Map<string, Entry>();

  get size(): number {
    return this.entries.size;
  }

  add(session: AppSession, binding: SessionBinding): void {
    this.entries.set(session.id, { ...binding, session, disconnectedAt: undefined });
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  get(id: string): AppSession | undefined {
    return this.entries.get(id)?.session;
  }

  /** What session `id` is bound to (for a session store), if it is here. */
  binding(id: string): SessionBinding | undefined {
    const entry = this.entries.get(id);
    return entry && { identity: entry.identity, origin: entry.origin, ip: entry.ip };
  }

  all(): AppSession[] {
    return [...this.entries.values()].map((e) => e.session);
  }

  /**
   * The session `id` when `token` is its token: how the HTTP side channels
   * (uploads, POSTs) find the session a request belongs to. Both must come
   * from headers, never from a URL.
   */
  authorize(id: string | null | undefined, token: string | null | undefined): AppSession | undefined {
    const entry = id ? this.entries.get(id) : undefined;
    return entry && sameToken(token ?? undefined, entry.session.token) ? entry.session : undefined;
  }

  /**
   * Whether a connection bound as `binding` that presents `token` may resume
   * `id`: the token, the identity and the origin must all match, and no
   * other client may hold the session (the same client, `clientId`, may: it
   * reconnected before its old connection was seen to drop).
   *
   * @returns The session, or the first reason it is refused.
   */
  resumable(id: string, token: string | undefined, binding: SessionBinding, clientId?: string): AppSession | ResumeRefusal | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (!sameToken(token, entry.session.token)) return 'token';
    if (entry.identity === undefined || entry.identity !== binding.identity) return 'identity';
    if (entry.origin !== binding.origin) return 'origin';
    if (entry.session.connected && !entry.session.isClient(clientId)) return 'connected';
    return entry.session;
  }

  connected(id: string): void {
    const entry = this.entries.get(id);
    if (entry) entry.disconnectedAt = undefined;
  }

  disconnected(id: string, now: number): void {
    const entry = this.entries.get(id);
    if (entry && !entry.session.connected) entry.disconnectedAt = now;
  }

  /** Sessions created from `ip`. */
  countFor(ip: string): number {
    let n = 0;
    for (const entry of this.entries.values()) if (entry.ip === ip) n++;
    return n;
  }

  /** The session disconnected longest ago (from `ip` only, when given): the one that yields to a live visitor. */
  oldestDisconnected(ip?: string): AppSession | undefined {
    let oldest: Entry | undefined;
    for (const entry of this.entries.values()) {
      if (entry.disconnectedAt === undefined || entry.session.connected) continue;
      if (ip !== undefined && entry.ip !== ip) continue;
      if (!oldest || entry.disconnectedAt < (oldest.disconnectedAt ?? Infinity)) oldest = entry;
    }
    return oldest?.session;
  }

  /** Live and disconnected session counts, for metrics. */
  gauges(): Pick<RuntimeGauges, 'liveSessions' | 'disconnectedSessions'> {
    let live = 0;
    for (const entry of this.entries.values()) if (entry.session.connected) live++;
    return { liveSessions: live, disconnectedSessions: this.entries.size - live };
  }
}
