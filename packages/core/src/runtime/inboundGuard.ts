import { ErrorCode, type ErrorCodeName } from '../errors.js';
import type { BackMsg } from '../protocol/backMsg.js';
import { parseBackMsg } from '../protocol/backMsgSchema.js';
import { jsonTextTooDeep, valueTooDeep } from '../protocol/jsonDepth.js';
import type { ResolvedRuntimeOptions } from './resolvedOptions.js';

/** What the guard makes of one frame: the validated message, or a refusal for an `error` reply. */
export type InboundVerdict =
  | { readonly ok: true; readonly msg: BackMsg }
  | {
      readonly ok: false;
      readonly code: ErrorCodeName;
      readonly message: string;
      /** The refused message's cseq, when it is final (the client must not send it again). */
      readonly cseq?: number;
      /** The connection floods: close it after the reply. */
      readonly close?: boolean;
    };

/** Every frame costs at least this many bytes of the budget, so floods of tiny frames are bounded too. */
export const MIN_FRAME_COST = 256;

/**
 * Checks every frame one connection sends before the runtime acts on it,
 * cheapest check first: the connection's inbound budget (a token bucket of
 * `inboundRate.bytesPerSecond`, holding at most `inboundRate.burstBytes`),
 * the size (`maxMessageBytes`), the nesting depth (`maxMessageDepth`,
 * scanned before `JSON.parse`), JSON, then the BackMsg schema. A connection
 * refused `inboundRate.closeAfterRefusals` frames in a row is told to close.
 */
export class InboundGuard {
  private tokens: number;
  private lastRefill: number;
  private refusedInARow = 0;

  constructor(private readonly options: ResolvedRuntimeOptions) {
    this.tokens = options.inboundRate.burstBytes;
    this.lastRefill = options.scheduler.now();
  }

  /** The verdict on one frame (JSON text, or a value a transport already decoded). */
  check(frame: unknown): InboundVerdict {
    const cost = Math.max(typeof frame === 'string' ? frame.length : 0, MIN_FRAME_COST);
    if (!this.take(cost)) return this.refuseFlood();
    this.refusedInARow = 0;
    const { maxMessageBytes, maxMessageDepth } = this.options;
    let raw = frame;
    if (typeof frame === 'string') {
      if (frame.length > maxMessageBytes) {
        return refusal(
          ErrorCode.MessageTooLarge,
          `Message of ${frame.length} bytes is larger than maxMessageBytes (${maxMessageBytes}); it was ignored.`,
          frame,
        );
      }
      if (jsonTextTooDeep(frame, maxMessageDepth)) return refusal(ErrorCode.InvalidMessage, tooDeep(maxMessageDepth), frame);
      try {
        raw = JSON.parse(frame);
      } catch {
        return refusal(ErrorCode.InvalidMessage, 'Invalid BackMsg: the frame is not valid JSON; it was ignored.');
      }
    } else if (valueTooDeep(frame, maxMessageDepth)) {
      return refusal(ErrorCode.InvalidMessage, tooDeep(maxMessageDepth), frame);
    }
    const parsed = parseBackMsg(raw);
    if (!parsed.ok)
      return { ok: false, code: ErrorCode.InvalidMessage, message: parsed.message, ...(parsed.cseq !== undefined ? { cseq: parsed.cseq } : {}) };
    return { ok: true, msg: parsed.msg };
  }

  private take(cost: number): boolean {
    const { bytesPerSecond, burstBytes } = this.options.inboundRate;
    const now = this.options.scheduler.now();
    this.tokens = Math.min(burstBytes, this.tokens + ((now - this.lastRefill) * bytesPerSecond) / 1000);
    this.lastRefill = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  private refuseFlood(): InboundVerdict {
    const { bytesPerSecond, burstBytes, closeAfterRefusals } = this.options.inboundRate;
    const close = ++this.refusedInARow >= closeAfterRefusals;
    const message =
      `This connection sends more than the server accepts (inboundRate: ${bytesPerSecond} bytes/s, bursts of ${burstBytes} bytes); ` +
      (close ? `after ${closeAfterRefusals} refused frames in a row it is closed.` : 'the frame was ignored.');
    // No cseq: a client that slows down and reconnects may send the message again.
    return { ok: false, code: ErrorCode.RateLimited, message, ...(close ? { close } : {}) };
  }
}

function tooDeep(limit: number): string {
  return `Invalid BackMsg: nested deeper than maxMessageDepth (${limit} levels of arrays and objects); it was ignored.`;
}

/** A refusal naming the message's cseq when one can be read cheaply, so the client stops re-sending it. */
function refusal(code: ErrorCodeName, message: string, frame?: unknown): InboundVerdict {
  const cseq = cseqOf(frame);
  return { ok: false, code, message, ...(cseq !== undefined ? { cseq } : {}) };
}

/** The cseq of a frame, read from the head of its text (clients send it first) or from a decoded value. */
function cseqOf(frame: unknown): number | undefined {
  if (typeof frame === 'string') {
    const digits = /"cseq"\s*:\s*(\d+)/.exec(frame.slice(0, 200))?.[1];
    return digits === undefined ? undefined : Number(digits);
  }
  const value = typeof frame === 'object' && frame !== null ? (frame as { cseq?: unknown }).cseq : undefined;
  return typeof value === 'number' ? value : undefined;
}
