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

const widgetChangeSchema = z
  .object({
    /** Widget id, at most 512 characters. */
    id: shortString(MAX_ID),
    /** New value in wire form: any JSON value (checked by the widget, not here). */
    value: jsonValue,
    /** True for a trigger (click, submit). */
    trigger: z.boolean().optional(),
  })
  .strict();

/** Schema of every BackMsg; the runtime validates each incoming message with it. */
export const backMsgSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** Discriminant: which BackMsg this is. */
      type: z.literal('hello'),
      /** Client sequence number, a non-negative integer. */
      cseq,
      /** The client's protocol version, an integer. */
      protocolVersion: z.number().int(),
      /** Session to resume, at most 128 characters. */
      sessionId: shortString(128).optional(),
      /** The session's token, at most 128 characters. */
      sessionToken: shortString(128).optional(),
      /** Last `seq` the client applied, a non-negative integer. */
      lastSeq: z.number().int().nonnegative().optional(),
      /** A random id of this client, the same across its reconnects, at most 64 characters. */
      clientId: shortString(64).optional(),
      /** The page's full URL, at most 8192 characters. */
      url: shortString(8192).optional(),
      /** Page URL path relative to the app mount, at most 2048 characters. */
      pagePath: shortString(2048).optional(),
      /** Query string without `?`, at most 8192 characters. */
      query: shortString(8192).optional(),
      /** Browser locale, e.g. `'en-US'`, at most 64 characters. */
      locale: shortString(64).optional(),
      /** IANA time zone, e.g. `'Europe/Paris'`, at most 64 characters. */
      timezone: shortString(64).optional(),
      /** Minutes to add to local time to get UTC, an integer in [-1440, 1440]. */
      timezoneOffset: z.number().int().min(-1440).max(1440).optional(),
    })
    .strict(),
  z
    .object({
      /** Discriminant: which BackMsg this is. */
      type: z.literal('rerunScript'),
      /** Client sequence number, a non-negative integer. */
      cseq,
      /** The changed widgets, at most 1000. */
      widgets: z.array(widgetChangeSchema).max(MAX_WIDGETS_PER_MSG),
      /** Rerun only this fragment; at most 512 characters. */
      fragmentId: shortString(MAX_ID).optional(),
      /** The page to run after a navigation, at most 2048 characters. */
      pagePath: shortString(2048).optional(),
      /** The new query string without `?`, at most 8192 characters. */
      query: shortString(8192).optional(),
    })
    .strict(),
  z
    .object({
      /** Discriminant: which BackMsg this is. */
      type: z.literal('stopScript'),
      /** Client sequence number, a non-negative integer. */
      cseq,
    })
    .strict(),
  z
    .object({
      /** Discriminant: which BackMsg this is. */
      type: z.literal('dialogClosed'),
      /** Client sequence number, a non-negative integer. */
      cseq,
      /** The dialog's `fragmentId`, at most 512 characters. */
      id: shortString(MAX_ID),
    })
    .strict(),
  z
    .object({
      /** Discriminant: which BackMsg this is. */
      type: z.literal('dataRequest'),
      /** Client sequence number, a non-negative integer; the `dataWindow` answer carries it. */
      cseq,
      /** The table element's `dataId`, at most 512 characters. */
      dataId: shortString(MAX_ID),
      /** First view position (after `sort` and `search`), inclusive: a non-negative integer. */
      start: z.number().int().nonnegative(),
      /** Last view position, exclusive: a non-negative integer (the runtime caps the window and clamps it to the row count). */
      end: z.number().int().nonnegative(),
      /** Order of the view, as the table toolbar set it. */
      sort: z
        .object({
          /** Column to sort by: an index into the element's `columns`, a non-negative integer. */
          column: z.number().int().nonnegative(),
          /** `'asc'` or `'desc'`; nulls last either way. */
          direction: z.union([z.literal('asc'), z.literal('desc')]),
        })
        .strict()
        .optional(),
      /** Keep the rows where some shown column contains this text (ignoring case); at most 1000 characters. */
      search: shortString(1000).optional(),
      /** `'rows'` (default): cells in wire form; `'csv'`: CSV lines, for a download. */
      format: z.union([z.literal('rows'), z.literal('csv')]).optional(),
    })
    .strict(),
  z
    .object({
      /** Discriminant: which BackMsg this is. */
      type: z.literal('ack'),
      /** Always 0: an acknowledgement is not numbered. */
      cseq: z.literal(0),
      /** Last ForwardMsg `seq` the client applied, a non-negative integer. */
      seq: z.number().int().nonnegative(),
    })
    .strict(),
]);

/** Result of {@link parseBackMsg}. */
export type ParseResult =
  | {
      /** The message is valid. */
      ok: true;
      /** The validated message. */
      msg: BackMsg;
    }
  | {
      /** The message is invalid. */
      ok: false;
      /** Why, readable, for the `error` reply. */
      message: string;
      /** The message's `cseq`, when one could be read. */
      cseq?: number;
    };

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
