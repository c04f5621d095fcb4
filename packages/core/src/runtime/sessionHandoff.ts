import { nanoid } from 'nanoid';
import type { PubSub } from '../store/pubSub.js';
import type { AppSession } from './appSession.js';
import type { Scheduler } from './runtimeOptions.js';

/** Messages on a session's channel. */
type SessionMsg =
  | { readonly type: 'rerun' }
  | { readonly type: 'release'; readonly replyTo: string; readonly requestId: string; readonly clientId?: string }
  | { readonly type: 'claimed'; readonly epoch: number; readonly by: string };

/** Messages on a process's own channel: answers to its `release` requests. */
type WorkerMsg = { readonly type: 'released' | 'connected'; readonly requestId: string };

/** How a release request ended: the owner handed the session over, still has its client, or did not answer. */
export type ReleaseAnswer = 'released' | 'connected' | 'gone' | 'timeout';

/** What the handoff needs from the process's sessions. */
export interface HandoffHost {
  session(id: string): AppSession | undefined;
  /**
   * Hands the session over (written, closed here), or says it is still
   * connected (to a client other than `clientId`, the one resuming it elsewhere).
   */
  release(session: AppSession, clientId: string | undefined): Promise<'released' | 'connected'>;
  /** Another process claimed the session at `epoch`. */
  claimed(session: AppSession, epoch: number): void;
}

const sessionChannel = (id: string): string => `session:${id}`;
const workerChannel = (id: string): string => `worker:${id}`;

function parse<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/**
 * The pub/sub conversation between processes about sessions: each process
 * listens on the channel of every session it holds (reruns requested
 * elsewhere, requests to hand the session over, claims by others) and on
 * its own channel (answers). A process about to take a session over asks
 * its holder to release it first, so the freshest state moves with it; a
 * holder that is gone (nobody listens) or silent is not waited for.
 */
export class SessionHandoff {
  private readonly held = new Map<string, Promise<(() => Promise<void>) | undefined>>();
  private readonly pending = new Map<string, (answer: ReleaseAnswer) => void>();
  private ownChannel: Promise<() => Promise<void>> | undefined;

  constructor(
    private readonly pubSub: PubSub,
    private readonly workerId: string,
    private readonly scheduler: Scheduler,
    private readonly timeoutMs: number,
    private readonly host: HandoffHost,
  ) {}

  /** Listens on this process's channel. */
  start(): Promise<void> {
    this.ownChannel ??= this.pubSub.subscribe(workerChannel(this.workerId), (text) => {
      const msg = parse<WorkerMsg>(text);
      if (msg) this.pending.get(msg.requestId)?.(msg.type);
    });
    return this.ownChannel.then(() => undefined);
  }

  /** This process holds session `id`: listen on its channel. */
  hold(id: string): void {
    if (this.held.has(id)) return;
    const listening = this.pubSub.subscribe(sessionChannel(id), (text) => this.onSessionMsg(id, text)).catch(() => undefined);
    this.held.set(id, listening);
  }

  /** This process no longer holds session `id`. */
  drop(id: string): void {
    const listening = this.held.get(id);
    this.held.delete(id);
    void listening?.then((stop) => stop?.()).catch(() => undefined);
  }

  /**
   * Asks the process holding session `id` to hand it over, for the client
   * `clientId` (`hello.clientId`); waits at most the handoff timeout.
   */
  async askRelease(id: string, clientId?: string): Promise<ReleaseAnswer> {
    const requestId = nanoid();
    const answer = new Promise<ReleaseAnswer>((resolve) => {
      const timer = this.scheduler.setTimeout(() => settle('timeout'), this.timeoutMs);
      const settle = (value: ReleaseAnswer) => {
        this.scheduler.clearTimeout(timer);
        this.pending.delete(requestId);
        resolve(value);
      };
      this.pending.set(requestId, settle);
    });
    let listeners: number;
    try {
      listeners = await this.pubSub.publish(
        sessionChannel(id),
        JSON.stringify({ type: 'release', replyTo: this.workerId, requestId, ...(clientId !== undefined ? { clientId } : {}) }),
      );
    } catch {
      listeners = 0;
    }
    if (listeners === 0) this.pending.get(requestId)?.('gone');
    return answer;
  }

  /** Tells a stale holder (one that did not answer) that the session is claimed at `epoch`. */
  announceClaim(id: string, epoch: number): Promise<number> {
    return this.pubSub.publish(sessionChannel(id), JSON.stringify({ type: 'claimed', epoch, by: this.workerId })).catch(() => 0);
  }

  /** Asks whichever process holds session `id` for a rerun. */
  requestRerun(id: string): Promise<number> {
    return this.pubSub.publish(sessionChannel(id), JSON.stringify({ type: 'rerun' }));
  }

  async close(): Promise<void> {
    for (const id of [...this.held.keys()]) this.drop(id);
    for (const settle of [...this.pending.values()]) settle('timeout');
    const own = this.ownChannel;
    this.ownChannel = undefined;
    await own?.then((stop) => stop()).catch(() => undefined);
  }

  private onSessionMsg(id: string, text: string): void {
    const msg = parse<SessionMsg>(text);
    const session = this.host.session(id);
    if (!msg || !session) return;
    if (msg.type === 'rerun') session.requestRerun();
    else if (msg.type === 'claimed' && msg.by !== this.workerId) this.host.claimed(session, msg.epoch);
    else if (msg.type === 'release' && msg.replyTo !== this.workerId) {
      void this.host
        .release(session, typeof msg.clientId === 'string' ? msg.clientId : undefined)
        .then((answer) => this.pubSub.publish(workerChannel(msg.replyTo), JSON.stringify({ type: answer, requestId: msg.requestId })).catch(() => 0));
    }
  }
}
