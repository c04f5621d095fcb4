import type { ForwardMsg, NewSessionMsg } from '../protocol/forwardMsg.js';
import type { ConnectionHandle, RequestContext } from '../protocol/transport.js';
import type { Runtime } from './runtimeOptions.js';

/** Test helper: a raw connection to a runtime, as a transport would hand it over; every frame and the close code are recorded. */
export interface TestConnection {
  readonly handle: ConnectionHandle;
  readonly messages: ForwardMsg[];
  /** The close code the runtime closed it with, if it did. */
  readonly closedWith: number | undefined;
  /** Sends a `hello` (with `extra` fields) as frame text. */
  hello(extra?: Record<string, unknown>): void;
  /** The `newSession` the runtime answered with. @throws when there is none. */
  newSession(): NewSessionMsg;
  /** Every `text` element body the client was sent. */
  texts(): string[];
  /** Every `error` message code. */
  errors(): string[];
  /** Resolves once a run has finished (`scriptFinished`) after `since` messages. */
  runFinished(since?: number): Promise<void>;
  /** The transport lost the connection. */
  drop(): void;
}

/** `{ url, headers, cookies, ip, user }` of a connection from `http://app.test` (override any part). */
export function context(overrides: Partial<RequestContext> = {}): RequestContext {
  return { url: 'http://app.test/app/_lit-ui/ws', headers: { host: 'app.test' }, cookies: {}, ...overrides };
}

/** Opens a connection to `runtime` with `ctx` (not yet said hello). */
export function openConnection(runtime: Pick<Runtime, 'connect'>, ctx: RequestContext = context()): TestConnection {
  const messages: ForwardMsg[] = [];
  const waiters: Array<() => void> = [];
  let closedWith: number | undefined;
  const handle = runtime.connect({
    context: ctx,
    send: (batch) => {
      messages.push(...batch);
      if (batch.some((m) => m.type === 'scriptFinished')) waiters.splice(0).forEach((wake) => wake());
      return JSON.stringify(batch).length;
    },
    close: (code) => {
      closedWith ??= code ?? 1000;
    },
  });
  return {
    handle,
    messages,
    get closedWith() {
      return closedWith;
    },
    hello: (extra = {}) => handle.receive(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1, ...extra })),
    newSession: () => {
      const msg = messages.find((m): m is NewSessionMsg => m.type === 'newSession');
      if (!msg) throw new Error(`no newSession; got ${JSON.stringify(messages)}`);
      return msg;
    },
    texts: () => messages.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'text' ? [String(m.element['body'])] : [])),
    errors: () => messages.flatMap((m) => (m.type === 'error' ? [m.code] : [])),
    runFinished: (since = 0) =>
      messages.slice(since).some((m) => m.type === 'scriptFinished') ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    drop: () => handle.closed(),
  };
}
