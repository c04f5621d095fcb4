/**
 * Test helpers: several runtimes of one app sharing a session store and
 * pub/sub (processes of a cluster, in one process), and a tab behind a
 * load balancer that connects to whichever runtime the test routes it to.
 */
import type { AnyState, AppScript } from '../app.js';
import { applyForwardMsg } from '../protocol/applyForwardMsg.js';
import { createClientTree, type ClientNode, type ClientTree } from '../protocol/clientTree.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import type { ConnectionHandle, RequestContext, ServerConnection } from '../protocol/transport.js';
import { createMemoryPubSub, type PubSub } from '../store/pubSub.js';
import { createMemorySessionStore } from '../store/memorySessionStore.js';
import type { SessionStore } from '../store/sessionStore.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { createTestRuntime, type TestRuntime } from './runtime.js';
import type { RuntimeOptions } from './runtimeOptions.js';

/** Runtimes made by {@link testCluster}, for the test to close. */
export const clusterRuntimes: TestRuntime[] = [];

/** Two processes' runtimes of one app (`a`, `b`), sharing a session store and pub/sub; `make` adds more. */
export function testCluster(script: AppScript<AnyState>, options: RuntimeOptions = {}) {
  const sessionStore: SessionStore = options.sessionStore ?? createMemorySessionStore();
  const pubSub: PubSub = options.pubSub ?? createMemoryPubSub();
  const make = (workerId: string) => {
    const runtime = createTestRuntime(script, { ...options, sessionStore, pubSub, cluster: { handoffTimeoutMs: 200, ...options.cluster, workerId } });
    clusterRuntimes.push(runtime);
    return runtime;
  };
  return { a: make('a'), b: make('b'), sessionStore, pubSub, make };
}

/** The client's view of every element, in tree order: `label: value` for widgets, the body for text. */
export function shown(tree: ClientTree): string[] {
  const out: string[] = [];
  const walk = (node: ClientNode) => {
    if (node.kind === 'block') return node.children.forEach(walk);
    const proto = node.proto as { type: string; value?: unknown; body?: string; label?: string };
    out.push(proto.body !== undefined ? String(proto.body) : `${proto.label ?? proto.type}: ${JSON.stringify(proto.value)}`);
  };
  tree.roots.forEach(walk);
  return out;
}

/** A browser tab behind a load balancer: one client session, connected to whichever runtime `route.current` is. */
export function testTab(
  route: { current: TestRuntime },
  options: { sessionId?: string; sessionToken?: string; query?: string; context?: RequestContext } = {},
) {
  const hello = () => ({ query: options.query ?? 'q=1' });
  let tree = createClientTree();
  const messages: ForwardMsg[] = [];
  const balancer = { connect: (conn: ServerConnection): ConnectionHandle => route.current.connect(conn) };
  const conn = connectInMemory(balancer, {
    hello,
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
    ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}),
    ...(options.context ? { context: options.context } : {}),
    onMessage: (msg) => {
      messages.push(msg);
      tree = applyForwardMsg(tree, msg);
    },
  });
  let sent = 0;
  const send = (msg: Parameters<typeof conn.send>[0]) => (sent = conn.send(msg));
  const session = () => route.current.session(conn.sessionId!);
  const widget = (key: string) => [...session()!.state.metadata.values()].find((m) => m.key === key)!.id;
  return {
    conn,
    messages,
    session,
    shown: () => shown(tree),
    /** The text elements the client shows. */
    texts: () => shown(tree).filter((line) => !line.includes(': ')),
    set: (key: string, value: unknown) => send({ type: 'rerunScript', widgets: [{ id: widget(key), value: value as never }] }),
    click: (key: string) => send({ type: 'rerunScript', widgets: [{ id: widget(key), value: true, trigger: true }] }),
    /** Waits until every input sent is acknowledged and the session is idle. */
    settled: async () => {
      for (let i = 0; i < 500; i++) {
        await session()?.runner.idle();
        await new Promise<void>((resolve) => setTimeout(() => resolve(), 1));
        const acked = Math.max(0, ...messages.map((m) => (m.type === 'ack' ? m.cseq : 0)));
        if (session()?.connected && !session()!.runner.busy && acked >= sent) return;
      }
      throw new Error(`the session did not settle (sent ${sent})`);
    },
  };
}

/** How a {@link controlledStore} treats a kind of call. */
export type CallMode = 'ok' | 'skip' | 'hang' | 'fail';

/**
 * A session store whose calls a test can make skip (resolve `true` without
 * writing: the process dies before its write lands), hang, or fail (the
 * store is unreachable).
 */
export function controlledStore(inner: SessionStore) {
  const modes = { save: 'ok' as CallMode, append: 'ok' as CallMode, all: 'ok' as CallMode };
  const call = <T>(kind: 'save' | 'append' | 'other', skipped: T, run: () => Promise<T>): Promise<T> => {
    const mode = modes.all !== 'ok' ? modes.all : kind === 'other' ? 'ok' : modes[kind];
    if (mode === 'skip') return Promise.resolve(skipped);
    if (mode === 'hang') return new Promise<T>(() => undefined);
    if (mode === 'fail') return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    return run();
  };
  const store: SessionStore = {
    load: (id) => call('other', undefined, () => inner.load(id)),
    claim: (...args) => call('other', undefined, () => inner.claim(...args)),
    save: (...args) => call('save', true, () => inner.save(...args)),
    appendInput: (...args) => call<boolean | undefined>('append', true, () => inner.appendInput(...args)),
    touch: (...args) => call('other', [] as string[], () => inner.touch(...args)),
    delete: (...args) => call('other', undefined, () => inner.delete(...args)),
  };
  return { store, modes };
}
