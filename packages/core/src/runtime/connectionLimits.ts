import { ErrorCode } from '../errors.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { CloseCode, type ServerConnection } from '../protocol/transport.js';
import type { AppSession } from './appSession.js';
import type { ResolvedRuntimeOptions } from './resolvedOptions.js';
import type { SessionRegistry } from './sessionRegistry.js';

/**
 * The runtime's admission guardrails: open connections per client address
 * (`maxConnectionsPerIp`), sessions per address (`maxSessionsPerIp`) and in
 * all (`maxSessions`), where a session disconnected longest ago yields to a
 * live visitor before anyone is refused. Refusals are an `error` message
 * with a stable code, then a close code (4429 for these).
 */
export class ConnectionLimits {
  private readonly openPerIp = new Map<string, number>();

  constructor(
    private readonly options: ResolvedRuntimeOptions,
    private readonly sessions: SessionRegistry,
  ) {}

  /** `conn`, counting the bytes and the refusals (`error` messages) it sends when a metrics sink is set. */
  counted(conn: ServerConnection): ServerConnection {
    if (!this.options.metricsOptions) return conn;
    const { metrics } = this.options;
    return {
      context: conn.context,
      get bufferedBytes() {
        return conn.bufferedBytes;
      },
      send(batch: readonly ForwardMsg[]) {
        const bytes = conn.send(batch);
        if (typeof bytes === 'number') metrics.bytesSent(bytes);
        for (const msg of batch) if (msg.type === 'error') metrics.messageRefused(msg.code);
        return bytes;
      },
      close: (code, reason) => conn.close(code, reason),
    };
  }

  /** Refuses `conn`: an `error` message with `code` and `message`, then a close with `closeCode`. */
  shut(conn: ServerConnection, code: string, message: string, closeCode: number, reason = code): void {
    conn.send([{ type: 'error', seq: 0, code, message }]);
    conn.close(closeCode, reason);
  }

  /**
   * Counts a new connection against its address's `maxConnectionsPerIp`.
   *
   * @returns A release function to call once when the connection closes, or
   *   `undefined` when the connection was refused (and closed with 4429).
   */
  admitConnection(conn: ServerConnection): (() => void) | undefined {
    const ip = conn.context.ip;
    if (ip === undefined) return () => undefined;
    const open = this.openPerIp.get(ip) ?? 0;
    if (open >= this.options.maxConnectionsPerIp) {
      this.shut(
        conn,
        ErrorCode.TooManyConnections,
        `Too many connections from this address (maxConnectionsPerIp: ${this.options.maxConnectionsPerIp}). Close other tabs of this app or try again later.`,
        CloseCode.tooManySessions,
      );
      return undefined;
    }
    this.openPerIp.set(ip, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.openPerIp.get(ip) ?? 1) - 1;
      if (left > 0) this.openPerIp.set(ip, left);
      else this.openPerIp.delete(ip);
    };
  }

  /**
   * Makes room for one more session from `ip`: at `maxSessionsPerIp` that
   * address's session disconnected longest ago is closed, at `maxSessions`
   * anyone's is. When only connected sessions are left, `conn` is refused.
   *
   * @returns True when a new session may be created.
   */
  makeRoom(conn: ServerConnection, ip: string | undefined): boolean {
    const { maxSessions, maxSessionsPerIp } = this.options;
    if (ip !== undefined && this.sessions.countFor(ip) >= maxSessionsPerIp) {
      const victim = this.sessions.oldestDisconnected(ip);
      if (!victim) {
        this.shut(
          conn,
          ErrorCode.TooManyConnections,
          `Too many sessions from this address (maxSessionsPerIp: ${maxSessionsPerIp}). Close other tabs of this app or try again later.`,
          CloseCode.tooManySessions,
        );
        return false;
      }
      this.evict(victim);
    }
    if (this.sessions.size >= maxSessions) {
      const victim = this.sessions.oldestDisconnected();
      if (!victim) {
        this.shut(
          conn,
          ErrorCode.TooManySessions,
          `The server has reached its limit of ${maxSessions} sessions. Try again later.`,
          CloseCode.tooManySessions,
          'too many sessions',
        );
        return false;
      }
      this.evict(victim);
    }
    return true;
  }

  private evict(session: AppSession): void {
    session.close();
    this.options.metrics.sessionEvicted();
    this.options.logger?.info?.('lit-ui: closed a disconnected session early to make room for a new visitor');
  }
}
