import type { SessionStateProxy } from '../state/sessionStateProxy.js';
import type { DeltaGeneratorHost } from './host.js';

/** `st.context`: facts about the browser tab and the request behind it, as Streamlit's `st.context`. */
export interface ScriptContext {
  /** Request headers, lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Cookies of the connecting request, by name. */
  readonly cookies: Readonly<Record<string, string>>;
  /** The page URL in the browser. */
  readonly url: string | undefined;
  /** The client's IP address, when the transport knows it. */
  readonly ipAddress: string | undefined;
  /** Browser locale, e.g. `'en-US'`. */
  readonly locale: string | undefined;
  /** Browser time zone, e.g. `'Europe/Paris'`. */
  readonly timezone: string | undefined;
  /** Minutes to add to local time to get UTC (`Date#getTimezoneOffset`). */
  readonly timezoneOffset: number | undefined;
  /** Whatever the host app authenticated (adapter `getUser`). */
  readonly user: unknown;
}

/** A handle on the session, for server code outside runs. */
export interface SessionHandle<State extends object> {
  /** The session id. */
  readonly id: string;
  /** The session's state, readable and writable between runs (as `st.sessionState`). */
  readonly sessionState: SessionStateProxy<State>;
  /** Reruns the app in this session (after any run in progress), e.g. when data arrived. */
  requestRerun(): void;
}

/** Body of `st.context`: the request's and the browser's facts (the browser's URL wins over the request's). */
export function scriptContext(host: DeltaGeneratorHost): ScriptContext {
  const request = host.requestContext;
  const client = host.clientInfo;
  return {
    headers: request?.headers ?? {},
    cookies: request?.cookies ?? {},
    url: client.url ?? request?.url,
    ipAddress: request?.ip,
    locale: client.locale,
    get timezone() {
      if (client.timezone === undefined) host.clientFactMissing?.();
      return client.timezone;
    },
    get timezoneOffset() {
      if (client.timezoneOffset === undefined) host.clientFactMissing?.();
      return client.timezoneOffset;
    },
    user: request?.user,
  };
}

/** Body of `st.session`. */
export function sessionHandle<State extends object>(host: DeltaGeneratorHost): SessionHandle<State> {
  return { id: host.id, sessionState: host.stateProxy as SessionStateProxy<State>, requestRerun: () => host.requestRerun() };
}
