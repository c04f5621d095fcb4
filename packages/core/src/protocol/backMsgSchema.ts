import { z } from 'zod';
import type { BackMsg } from './backMsg.js';
import type { JsonValue } from './elements.js';

const MAX_ID = 512;
const MAX_WIDGETS_PER_MSG = 1000;
/** Deepest value `isJsonValue` walks; the runtime refuses deeper frames long before (`maxMessageDepth`). */
const MAX_VALUE_DEPTH = 512;

/**
 * True for a JSON value: null, a boolean, a finite number, a string, or an
 * array or plain object of JSON values, at most {@link MAX_VALUE_DEPTH} deep.
 * One plain walk: zod's recursive `z.json()` costs seconds on a wide 1 MB
 * value and overflows the stack on a deep one.
 */
function isJsonValue(value: unknown, depth = 0): value is JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth >= MAX_VALUE_DEPTH) return false;
      if (Array.isArray(value)) {
        for (const item of value) if (!isJsonValue(item, depth + 1)) return false;
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) if (!isJsonValue((value as Record<string, unknown>)[key], depth + 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

const jsonValue = z.custom<JsonValue>((value) => isJsonValue(value), { message: 'Expected a JSON value' });

const cseq = z.number().int().nonnegative();
const shortString = (max: number) => z.string().max(max);

const widgetChangeSchema = z.object({ id: shortString(MAX_ID), value: jsonValue, trigger: z.boolean().optional() }).strict();

/** Schema of every BackMsg; the runtime validates each incoming message with it. */
export const backMsgSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('hello'),
      cseq,
      protocolVersion: z.number().int(),
      sessionId: shortString(128).optional(),
      sessionToken: shortString(128).optional(),
      lastSeq: z.number().int().nonnegative().optional(),
      url: shortString(8192).optional(),
      pagePath: shortString(2048).optional(),
      query: shortString(8192).optional(),
      locale: shortString(64).optional(),
      timezone: shortString(64).optional(),
      timezoneOffset: z.number().int().min(-1440).max(1440).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('rerunScript'),
      cseq,
      widgets: z.array(widgetChangeSchema).max(MAX_WIDGETS_PER_MSG),
      fragmentId: shortString(MAX_ID).optional(),
      pagePath: shortString(2048).optional(),
      query: shortString(8192).optional(),
    })
    .strict(),
  z.object({ type: z.literal('stopScript'), cseq }).strict(),
  z.object({ type: z.literal('dialogClosed'), cseq, id: shortString(MAX_ID) }).strict(),
  z
    .object({
      type: z.literal('dataRequest'),
      cseq,
      dataId: shortString(MAX_ID),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      sort: z
        .object({ column: z.number().int().nonnegative(), direction: z.enum(['asc', 'desc']) })
        .strict()
        .optional(),
      search: shortString(1000).optional(),
      format: z.enum(['rows', 'csv']).optional(),
    })
    .strict(),
]);

/** Result of {@link parseBackMsg}. */
export type ParseResult = { ok: true; msg: BackMsg } | { ok: false; message: string; cseq?: number };

/**
 * Validates one decoded BackMsg. Never throws: an invalid message yields a
 * readable `message` (and the `cseq` when one could be read) for an `error` reply.
 */
export function parseBackMsg(raw: unknown): ParseResult {
  const result = backMsgSchema.safeParse(raw);
  if (result.success) return { ok: true, msg: result.data as BackMsg };
  const seqValue = typeof raw === 'object' && raw !== null ? (raw as { cseq?: unknown }).cseq : undefined;
  const message = `Invalid BackMsg: ${z.prettifyError(result.error).replace(/\n\s*/g, ' ')}`;
  return typeof seqValue === 'number' ? { ok: false, message, cseq: seqValue } : { ok: false, message };
}
