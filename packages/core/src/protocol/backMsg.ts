import { z } from 'zod';
import type { JsonValue } from './elements.js';

const MAX_ID = 512;
const MAX_WIDGETS_PER_MSG = 1000;

/**
 * One widget change in a `rerunScript`. Value changes coalesce (the last
 * write per widget wins); triggers (`trigger: true`: button clicks, chat and
 * form submits) are kept in order and are true for exactly one run.
 */
export interface WidgetChange {
  /** Widget id, from the widget proto's `id`. */
  readonly id: string;
  /** New value in wire form (see `WidgetValueMap`). */
  readonly value: JsonValue;
  readonly trigger?: boolean;
}

interface BackMsgBase {
  /** Client sequence number, from 1; the server acknowledges it and ignores repeats. */
  readonly cseq: number;
}

/**
 * First message on every connection: binds it to a new or existing session.
 * Nothing runs before it arrives.
 */
export interface HelloMsg extends BackMsgBase {
  readonly type: 'hello';
  readonly protocolVersion: number;
  /** Session to resume (kept per tab by the client); a new session is made if unknown or expired. */
  readonly sessionId?: string;
  /** Last `seq` the client applied; missed messages are replayed after it. */
  readonly lastSeq?: number;
  /** The page's full URL, for `st.context.url`. */
  readonly url?: string;
  /** Page URL path relative to the app mount (multipage apps), `''` for the default page. */
  readonly pagePath?: string;
  /** Query string without `?`, for `st.queryParams`. */
  readonly query?: string;
  /** Browser locale, e.g. `'en-US'`, for `st.context.locale`. */
  readonly locale?: string;
  /** IANA time zone, e.g. `'Europe/Paris'`, for `st.context.timezone`. */
  readonly timezone?: string;
  /** Minutes to add to local time to get UTC, as `Date#getTimezoneOffset`. */
  readonly timezoneOffset?: number;
}

/**
 * Ask for a rerun, as Streamlit's `rerun_script` with widget states. Only
 * changed widgets are listed. With `fragmentId`, only that fragment reruns.
 */
export interface RerunScriptMsg extends BackMsgBase {
  readonly type: 'rerunScript';
  readonly widgets: readonly WidgetChange[];
  readonly fragmentId?: string;
  /** Set when the user navigated (link, back/forward): the page to run. */
  readonly pagePath?: string;
  /** Set when the page URL's query string changed (back/forward). */
  readonly query?: string;
}

/** Stop the running script, as Streamlit's `stop_script`. */
export interface StopScriptMsg extends BackMsgBase {
  readonly type: 'stopScript';
}

/** The user closed a dialog (Escape, ×, or a click outside). */
export interface DialogClosedMsg extends BackMsgBase {
  readonly type: 'dialogClosed';
  /** The dialog's `fragmentId`. */
  readonly id: string;
}

/** Every client → server message. */
export type BackMsg = HelloMsg | RerunScriptMsg | StopScriptMsg | DialogClosedMsg;

const cseq = z.number().int().nonnegative();
const shortString = (max: number) => z.string().max(max);

const widgetChangeSchema = z
  .object({ id: shortString(MAX_ID), value: z.json(), trigger: z.boolean().optional() })
  .strict();

/** Schema of every BackMsg; the runtime validates each incoming message with it. */
export const backMsgSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('hello'),
      cseq,
      protocolVersion: z.number().int(),
      sessionId: shortString(128).optional(),
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
