import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineApp } from '../app.js';
import { applyForwardMsg } from '../protocol/applyForwardMsg.js';
import type { WidgetChange } from '../protocol/backMsg.js';
import { closeDialog, patchWidgetValue } from '../protocol/clientActions.js';
import { createClientTree, type ClientNode, type ClientTree } from '../protocol/clientTree.js';
import type { ElementProto } from '../protocol/elements.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import type { Scheduler } from '../protocol/scheduler.js';
import type { AppSession } from '../runtime/appSession.js';
import { createTestRuntime, type TestRuntime } from '../runtime/runtime.js';
import { clientTreeToMirrorJson, mirrorToJson } from '../tree/elementTree.js';
import { connectInMemory, type MemoryConnection } from '../transport/memoryConnection.js';
import { renderItems, scenario, type Scenario, type Step } from './randomApps.js';

/**
 * The property behind "AppTest sees what the browser sees": for random apps
 * and random interactions, the tree a client builds with `applyForwardMsg`
 * (plus the acknowledged values and closed dialogs it writes itself) always
 * equals the server's mirror of it — after every step, through fragment
 * runs, interrupted runs, reruns, replays and snapshots.
 */

const REPLAY_LIMIT = 24;
const SCENARIOS = 1000;

/** Timers on fake time: a 0 ms timer (the queue's flush) runs at the script's next await; longer ones (session TTL) never fire. */
const microtaskScheduler: Scheduler = {
  setTimeout: (fn, ms) => {
    const timer = { cancelled: false };
    if (ms <= 0) queueMicrotask(() => timer.cancelled || fn());
    return timer;
  },
  clearTimeout: (handle) => {
    if (handle) (handle as { cancelled: boolean }).cancelled = true;
  },
  now: () => 0,
};

/** What the generated scenarios exercised, summed over the run (the generators must keep covering each). */
const seen = {
  confirm: 0,
  trim: 0,
  fragmentRun: 0,
  dialog: 0,
  dialogClosed: 0,
  interrupted: 0,
  rerun: 0,
  error: 0,
  replay: 0,
  snapshot: 0,
  expired: 0,
  reloadResumed: 0,
};

/** A client as the browser is one: frames through `ClientSession`, every ForwardMsg through the reducer. */
class TestClient {
  tree: ClientTree = createClientTree();
  lastSeq = 0;
  snapshots = 0;
  readonly connection: MemoryConnection;

  constructor(runtime: TestRuntime, resume?: { sessionId: string; sessionToken: string }) {
    this.connection = connectInMemory(runtime, {
      onMessage: (msg) => this.receive(msg),
      // Acknowledged values go into the tree, as the browser's widget manager reports them to its store.
      onAcked: (msg) => {
        if (msg.type !== 'rerunScript') return;
        for (const change of msg.widgets) if (!change.trigger) this.tree = patchWidgetValue(this.tree, change.id, change.value);
      },
      ...resume,
      // The client acknowledges what it applied (the server trims its replay ring) at the next turn.
      scheduler: microtaskScheduler,
      ackDelayMs: 0,
    });
  }

  /** Sends widget changes (a `rerunScript`). */
  change(changes: WidgetChange[], fragmentId: string | undefined): void {
    this.connection.send({ type: 'rerunScript', widgets: changes, ...(fragmentId ? { fragmentId } : {}) });
  }

  /** Widget protos on screen, in page order. */
  widgets(types: readonly string[]): ElementProto[] {
    const found: ElementProto[] = [];
    const visit = (node: ClientNode): void => {
      if (node.kind === 'block') node.children.forEach(visit);
      else if (types.includes(node.proto.type)) found.push(node.proto);
    };
    this.tree.roots.forEach(visit);
    return found;
  }

  private receive(msg: ForwardMsg): void {
    if (msg.type === 'newSession' && !msg.resumed && this.tree.sessionId !== undefined) seen.expired++;
    if (msg.type === 'newSession' && msg.resumed && this.tree.sessionId === undefined) seen.reloadResumed++;
    this.tree = applyForwardMsg(this.tree, msg);
    count(msg);
    if (msg.seq > 0) this.lastSeq = msg.seq;
    if (msg.type === 'snapshot') this.snapshots++;
  }
}

function count(msg: ForwardMsg): void {
  if (msg.type === 'confirm') seen.confirm++;
  if (msg.type === 'scriptFinished' && msg.trims.length > 0) seen.trim++;
  if (msg.type === 'scriptFinished' && msg.status !== 'complete')
    seen[msg.status === 'interrupted' ? 'interrupted' : msg.status === 'rerun' ? 'rerun' : 'error']++;
  if (msg.type === 'sessionStatus' && msg.fragmentId !== undefined) seen.fragmentRun++;
  if (msg.type === 'delta' && 'block' in msg && msg.block.type === 'dialog') seen.dialog++;
}

/** Plays one scenario against a real runtime, checking the client against the server's mirror after every step. */
async function play({ pages, steps }: Scenario): Promise<void> {
  let shown = 0;
  const app = defineApp(async (st) => renderItems(st, pages[shown]!));
  const runtime = createTestRuntime(app, { replayLimit: REPLAY_LIMIT, scheduler: microtaskScheduler });
  let client = new TestClient(runtime);
  const session = (): AppSession => runtime.session(client.connection.sessionId!)!;
  try {
    await settled(session());
    expectMirror(client, session());
    for (const step of steps) {
      if (step.kind === 'page' || step.kind === 'reconnect') shown = step.page;
      if (step.kind === 'reload') client = reloaded(client, runtime);
      else await perform(step, client, session());
      await settled(session());
      expectMirror(client, session());
      await expectAcknowledged(session());
    }
  } finally {
    await runtime.close();
  }
}

async function perform(step: Exclude<Step, { kind: 'reload' }>, client: TestClient, session: AppSession): Promise<void> {
  switch (step.kind) {
    case 'page':
      return client.change([], undefined);
    case 'set': {
      const widgets = client.widgets(['slider', 'checkbox', 'textInput']);
      const first = widgets[step.pick % Math.max(1, widgets.length)];
      if (first === undefined) return;
      client.change([{ id: first['id'] as string, value: wireValue(first, step.value) }], first['fragmentId'] as string | undefined);
      // A second change at once: the run the first one started is interrupted (or, in a fragment, waits).
      const second = widgets[(step.pick + 1) % widgets.length]!;
      if (step.burst)
        client.change([{ id: second['id'] as string, value: wireValue(second, step.value + 1) }], second['fragmentId'] as string | undefined);
      return;
    }
    case 'click': {
      const buttons = client.widgets(['button']);
      const button = buttons[step.pick % Math.max(1, buttons.length)];
      if (button !== undefined)
        client.change([{ id: button['id'] as string, value: true, trigger: true }], button['fragmentId'] as string | undefined);
      return;
    }
    case 'closeDialog': {
      const open = openDialogId(client.tree);
      if (open === undefined) return;
      client.tree = closeDialog(client.tree, open);
      client.connection.send({ type: 'dialogClosed', id: open });
      seen.dialogClosed++;
      return;
    }
    case 'reconnect':
      return reconnect(step.away, client, session);
    case 'expire':
      client.connection.disconnect();
      session.close();
      client.connection.reconnect();
      return;
  }
}

/** Drops the connection, lets the server run meanwhile, resumes: a replay when the gap fits the ring, else a snapshot. */
async function reconnect(away: 'replay' | 'snapshot', client: TestClient, session: AppSession): Promise<void> {
  client.connection.disconnect();
  do {
    session.requestRerun();
    await settled(session);
  } while (away === 'snapshot' && session.queue.lastSeq - client.lastSeq <= REPLAY_LIMIT);
  const inRing = session.queue.lastSeq - client.lastSeq <= REPLAY_LIMIT;
  const snapshots = client.snapshots;
  client.connection.reconnect();
  expect(client.snapshots > snapshots).toBe(!inRing);
  seen[inRing ? 'replay' : 'snapshot']++;
}

/** The tab reloads: the old connection goes, a new client (empty tree, no `lastSeq`) resumes the session. */
function reloaded(client: TestClient, runtime: TestRuntime): TestClient {
  client.connection.disconnect();
  return new TestClient(runtime, { sessionId: client.connection.sessionId!, sessionToken: client.connection.sessionToken! });
}

/** A connected client acknowledges everything it applied: once the turn is over, the session keeps nothing for replay. */
async function expectAcknowledged(session: AppSession): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (session.connected && !session.runner.busy) expect(session.queue.kept).toEqual({ messages: 0, bytes: 0 });
}

async function settled(session: AppSession): Promise<void> {
  while (session.runner.busy) await session.runner.idle();
}

function wireValue(proto: ElementProto, n: number): WidgetChange['value'] {
  if (proto.type === 'slider') return n % 11;
  if (proto.type === 'checkbox') return n % 2 === 1;
  return `text ${n % 3}`;
}

function openDialogId(tree: ClientTree): string | undefined {
  for (const node of tree.roots[2]!.children) {
    if (node.kind === 'block' && node.proto?.type === 'dialog' && node.proto.isOpen) return node.proto.fragmentId;
  }
  return undefined;
}

/**
 * The mirror keeps a digest of each display element and the whole proto of
 * widgets and blocks: the client's tree, reduced the same way, must equal it.
 */
function expectMirror(client: TestClient, session: AppSession): void {
  const mirror = mirrorToJson(session.tree);
  const shown = clientTreeToMirrorJson(client.tree.roots);
  // Comparing the JSON text is fast; a mismatch gets expect's diff.
  if (JSON.stringify(shown) !== JSON.stringify(mirror)) expect(shown).toEqual(mirror);
  if (client.tree.errors.length > 0) expect(client.tree.errors).toEqual([]);
}

describe('applyForwardMsg against the server mirror', () => {
  it(`random apps and interactions: the client tree equals the session's mirror after every step (${SCENARIOS} scenarios)`, async () => {
    await fc.assert(fc.asyncProperty(scenario, play), { numRuns: SCENARIOS });
    for (const [what, times] of Object.entries(seen)) expect({ what, covered: times > 0 }).toEqual({ what, covered: true });
  }, 120_000);
});
