import type { BackMsg, HelloMsg, SeqAckMsg } from './backMsg.js';
import { PROTOCOL_VERSION, type ForwardMsg } from './forwardMsg.js';
import { systemScheduler, type Scheduler } from './scheduler.js';

/** A BackMsg as an app sends it: the client session numbers it (acknowledgements of ForwardMsgs are its own). */
export type OutgoingBackMsg = Exclude<BackMsg, SeqAckMsg> extends infer M ? (M extends BackMsg ? Omit<M, 'cseq'> : never) : never;

/** Default delay between applying ForwardMsgs and acknowledging them, in ms. */
const DEFAULT_ACK_DELAY_MS = 50;

/** Browser facts sent in `hello`, read fresh at every (re)connect. */
export type HelloInfo = Omit<HelloMsg, 'type' | 'cseq' | 'protocolVersion' | 'sessionId' | 'sessionToken' | 'lastSeq'>;

/** Minimal `sessionStorage`-like store for the session id and token (kept per tab). */
export interface SessionIdStore {
  /** The value stored under `key`, or null. */
  getItem(key: string): string | null;
  /** Stores `value` under `key`. */
  setItem(key: string, value: string): void;
  /** Forgets `key`. */
  removeItem(key: string): void;
}

/** Options of {@link ClientSession}. */
export interface ClientSessionOptions {
  /** Storage key of the session id; one per app mount. The token is kept under `<storageKey>:token`. */
  readonly storageKey: string;
  /** Where the session id and token are kept; `undefined` keeps them in memory only. */
  readonly store?: SessionIdStore;
  /** Browser facts for `hello`. */
  readonly hello: () => HelloInfo;
  /** Called with each ForwardMsg to apply, in order, never twice. */
  readonly onMessage: (msg: ForwardMsg) => void;
  /**
   * Called with each BackMsg the server acknowledged, in `cseq` order, when
   * its `ack` arrives (before `onMessage` gets the `ack`). A client writes
   * the acknowledged widget values into its tree here (`patchWidgetValue`).
   */
  readonly onAcked?: (msg: BackMsg) => void;
  /**
   * How long after applying ForwardMsgs the client acknowledges them
   * (`ack { seq }`, one for everything applied meanwhile), in ms. The server
   * keeps unacknowledged messages for replay. Default 50.
   */
  readonly ackDelayMs?: number;
  /** Timer of the acknowledgements. Default `systemScheduler` (the global timers). */
  readonly scheduler?: Scheduler;
}

/**
 * The client half of the protocol, shared by every client transport: it
 * sends `hello` on each (re)connect with the tab's session id and last applied
 * `seq`, numbers outgoing BackMsgs (`cseq`), keeps them until the server
 * acknowledges them and re-sends them after a reconnect, drops replayed
 * ForwardMsgs it has already applied, and acknowledges the ForwardMsgs it
 * applied (`ack { seq }`, `ackDelayMs` after them) so the server can stop
 * keeping them. Nothing the user did is lost, nothing is applied twice.
 */
export class ClientSession {
  private sessionId: string | undefined;
  private sessionToken: string | undefined;
  private lastSeq = 0;
  /** Sent in every `hello`: a resume from this client takes over a connection the server has not yet seen drop. */
  private readonly clientId = randomClientId();
  private nextCseqValue = 1;
  private unacked: BackMsg[] = [];
  private sendFrame: ((text: string) => void) | undefined;
  /** Last seq the server was told about (an `ack`, or `hello.lastSeq`). */
  private ackedSeq = 0;
  private ackTimer: unknown;
  private readonly scheduler: Scheduler;

  constructor(private readonly options: ClientSessionOptions) {
    this.sessionId = options.store?.getItem(options.storageKey) ?? undefined;
    this.sessionToken = options.store?.getItem(this.tokenKey) ?? undefined;
    this.scheduler = options.scheduler ?? systemScheduler;
  }

  /** The session this tab is bound to, once the server has said. */
  get id(): string | undefined {
    return this.sessionId;
  }

  /** The cseq the next {@link send} will use. */
  get nextCseq(): number {
    return this.nextCseqValue;
  }

  /**
   * The session's token, once the server has said: the secret the HTTP side
   * channels (uploads, POSTs) send in the `SESSION_TOKEN_HEADER` header.
   * Never put it in a URL.
   */
  get token(): string | undefined {
    return this.sessionToken;
  }

  private get tokenKey(): string {
    return `${this.options.storageKey}:token`;
  }

  /** Number of BackMsgs sent but not yet acknowledged. */
  get pending(): number {
    return this.unacked.length;
  }

  /** The transport opened; `send` writes one text frame. Sends `hello`, then re-sends what was not acknowledged. */
  opened(send: (text: string) => void): void {
    this.sendFrame = send;
    const hello: HelloMsg = {
      type: 'hello',
      cseq: 0,
      protocolVersion: PROTOCOL_VERSION,
      ...this.options.hello(),
      ...(this.sessionId ? { sessionId: this.sessionId } : {}),
      ...(this.sessionId && this.sessionToken ? { sessionToken: this.sessionToken } : {}),
      ...(this.lastSeq > 0 ? { lastSeq: this.lastSeq } : {}),
      clientId: this.clientId,
    };
    // Before sending: a same-process transport delivers the replay inside `send`.
    this.ackedSeq = this.lastSeq;
    send(JSON.stringify(hello));
    for (const msg of this.unacked) send(JSON.stringify(msg));
  }

  /** The transport closed; BackMsgs are queued until the next `opened`. */
  closed(): void {
    this.sendFrame = undefined;
  }

  /** Numbers and sends a BackMsg (or queues it while disconnected). Returns its `cseq`. */
  send(msg: OutgoingBackMsg): number {
    // cseq first: a server refusing an oversized frame reads it from the frame's head.
    const numbered = { cseq: this.nextCseqValue++, ...msg } as BackMsg;
    this.unacked.push(numbered);
    this.sendFrame?.(JSON.stringify(numbered));
    return numbered.cseq;
  }

  /** One incoming frame (JSON text of a ForwardMsg array, or the decoded array). */
  receive(frame: string | readonly ForwardMsg[]): void {
    const batch = typeof frame === 'string' ? (JSON.parse(frame) as readonly ForwardMsg[]) : frame;
    for (const msg of batch) this.apply(msg);
    if (this.lastSeq > this.ackedSeq && this.ackTimer === undefined) {
      this.ackTimer = this.scheduler.setTimeout(() => this.sendAck(), this.options.ackDelayMs ?? DEFAULT_ACK_DELAY_MS);
    }
  }

  /**
   * Applies the messages of the session the server started for this page
   * (its host page carried them: `runForHostPage`), as if they had come
   * over the transport; the next `hello` then resumes that session after
   * them. Ignored when the tab already has a session of its own (a reload
   * or a page of the same app: that session is resumed instead) or has
   * received messages already.
   *
   * @param messages - The page's messages, `newSession` first.
   * @returns True when they were applied.
   */
  adoptFirstRun(messages: readonly ForwardMsg[]): boolean {
    if (this.sessionId !== undefined || this.lastSeq > 0 || messages[0]?.type !== 'newSession') return false;
    this.receive(messages);
    return true;
  }

  /** Forgets the session (e.g. the app was unmounted for good). */
  reset(): void {
    if (this.ackTimer !== undefined) this.scheduler.clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    this.sessionId = undefined;
    this.sessionToken = undefined;
    this.lastSeq = 0;
    this.ackedSeq = 0;
    this.unacked = [];
    this.options.store?.removeItem(this.options.storageKey);
    this.options.store?.removeItem(this.tokenKey);
  }

  /** Tells the server every ForwardMsg up to `lastSeq` is applied (while connected; a reconnect's hello says it otherwise). */
  private sendAck(): void {
    this.ackTimer = undefined;
    if (this.sendFrame === undefined || this.lastSeq <= this.ackedSeq) return;
    const ack: SeqAckMsg = { cseq: 0, type: 'ack', seq: this.lastSeq };
    this.ackedSeq = this.lastSeq;
    this.sendFrame(JSON.stringify(ack));
  }

  private apply(msg: ForwardMsg): void {
    switch (msg.type) {
      case 'newSession':
        if (!msg.resumed || msg.sessionId !== this.sessionId) this.lastSeq = this.ackedSeq = 0;
        this.sessionId = msg.sessionId;
        this.sessionToken = msg.sessionToken;
        this.options.store?.setItem(this.options.storageKey, msg.sessionId);
        if (msg.sessionToken !== undefined) this.options.store?.setItem(this.tokenKey, msg.sessionToken);
        else this.options.store?.removeItem(this.tokenKey);
        break;
      case 'ack': {
        const acked = this.unacked.filter((m) => m.cseq <= msg.cseq);
        this.unacked = this.unacked.filter((m) => m.cseq > msg.cseq);
        for (const m of acked) this.options.onAcked?.(m);
        break;
      }
      case 'error':
        // A refused message is final: re-sending it after a reconnect would be refused again.
        if (msg.cseq !== undefined) this.unacked = this.unacked.filter((m) => m.cseq !== msg.cseq);
        break;
      case 'snapshot':
        this.lastSeq = msg.seq;
        break;
      default:
        if (msg.seq !== 0) {
          if (msg.seq <= this.lastSeq) return;
          this.lastSeq = msg.seq;
        }
    }
    this.options.onMessage(msg);
  }
}

/** 96 random bits as hex (`crypto.getRandomValues` works outside secure contexts too, unlike `randomUUID`). */
function randomClientId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
