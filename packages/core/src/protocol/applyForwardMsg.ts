import { castDraft, type Draft } from 'immer';
import { ErrorCode } from '../errors.js';
import { emptyRoot, nodeFromJson, type ClientBlock, type ClientTree } from './clientTree.js';
import type { ForwardMsg, SnapshotMsg } from './forwardMsg.js';
import { appendText, confirmBlock, editTree, fragmentScopes, putNode, trimBlock } from './treeEdits.js';

const ALL_ROOTS: readonly string[] = ['0', '1', '2', '3'];

/**
 * The client's reducer: applies one ForwardMsg to a client tree and returns
 * the new tree, as docs/protocol.md says. Pure: `tree` is not changed; the
 * result shares every subtree the message does not touch (same object), and
 * is `tree` itself when nothing changed (an `ack`, a repeated confirm). The
 * browser's store and AppTest both build their tree with it, so a test sees
 * what a user sees.
 *
 * A message that does not fit the tree — a delta past the end of a block or
 * under a path that leads nowhere, a confirm or trim of a block that is not
 * there — never throws: the part that does not fit changes nothing, and an
 * error with code `InvalidForwardMsg` is appended to `errors`. The rest of
 * the message applies (a `scriptFinished` still ends the run).
 *
 * Extra fields of `tree` (a client's own state) are kept.
 *
 * @param tree - the current tree (from `createClientTree()` or a previous call)
 * @param msg - one ForwardMsg, in `seq` order, each applied once (`ClientSession` ensures it)
 * @returns the new tree, or `tree` when the message changes nothing
 *
 * @example
 * let tree = createClientTree();
 * const session = new ClientSession({ ..., onMessage: (msg) => (tree = applyForwardMsg(tree, msg)) });
 */
export function applyForwardMsg<T extends ClientTree>(tree: T, msg: ForwardMsg): T {
  if (msg.type === 'ack') return tree; // acknowledgements concern the client's pending widget changes
  if (msg.type === 'dataWindow') return tree; // table windows go to the table that asked, not into the tree
  return editTree(tree, (d) => recipe(d, msg, tree));
}

/**
 * Applies `msgs` in order: the same tree as one `applyForwardMsg` call per
 * message, but each node the batch touches is copied once for the whole
 * batch instead of once per message. A first load of thousands of deltas
 * into one block costs time in proportion to the deltas, not to their
 * square. (A fragment run's `sessionStatus` reads the tree before it: the
 * batch is cut there.)
 *
 * @param tree - the current tree
 * @param msgs - ForwardMsgs, in `seq` order, each applied once
 * @returns the new tree, or `tree` when the messages change nothing
 *
 * @example
 * tree = applyForwardMsgs(tree, frame); // frame: the ForwardMsgs of one WebSocket frame
 */
export function applyForwardMsgs<T extends ClientTree>(tree: T, msgs: readonly ForwardMsg[]): T {
  let result = tree;
  let start = 0;
  const applyRun = (end: number): void => {
    if (end - start === 1) result = applyForwardMsg(result, msgs[start]!);
    else if (end > start) {
      const base = result;
      result = editTree(result, (d) => {
        for (let i = start; i < end; i++) {
          const msg = msgs[i]!;
          if (msg.type !== 'ack' && msg.type !== 'dataWindow') recipe(d, msg, base);
        }
      });
    }
    start = end;
  };
  for (let i = 0; i < msgs.length; i++) {
    const msg = msgs[i]!;
    if (msg.type !== 'sessionStatus' || msg.fragmentId === undefined) continue;
    applyRun(i);
    applyRun(i + 1);
  }
  applyRun(msgs.length);
  return result;
}

function recipe(d: Draft<ClientTree>, msg: Exclude<ForwardMsg, { type: 'ack' | 'dataWindow' }>, base: ClientTree): void {
  switch (msg.type) {
    case 'newSession':
      d.sessionId = msg.sessionId;
      d.config = msg.config;
      if (!msg.resumed) {
        d.roots = castDraft([emptyRoot(d.gen), emptyRoot(d.gen), emptyRoot(d.gen), emptyRoot(d.gen)]);
        d.run = null;
        d.running = false;
      }
      return;
    case 'snapshot': {
      const roots = snapshotRoots(msg, d.gen);
      if (roots === undefined) return record(d, `snapshot: its roots are not up to ${ALL_ROOTS.length} blocks`);
      d.roots = castDraft(roots);
      d.run = null;
      return;
    }
    case 'delta':
      return record(d, putNode(d, msg));
    case 'textAppend':
      return record(d, appendText(d, msg));
    case 'confirm':
      for (const mark of msg.blocks) record(d, confirmBlock(d, mark));
      return;
    case 'sessionStatus':
      if (msg.state === 'idle') d.running = false;
      if (msg.state !== 'running') return;
      d.running = true;
      d.gen += 1;
      d.run = castDraft({
        runId: msg.runId,
        ...(msg.fragmentId !== undefined ? { fragmentId: msg.fragmentId } : {}),
        scopes: msg.fragmentId === undefined ? ALL_ROOTS : fragmentScopes(base.roots, msg.fragmentId),
      });
      return;
    case 'scriptFinished':
      for (const trim of msg.trims) record(d, trimBlock(d, trim));
      d.run = null;
      return;
    case 'pageConfig': {
      const { type: _type, seq: _seq, ...fields } = msg;
      d.pageConfig = { ...d.pageConfig, ...fields };
      return;
    }
    case 'navigation':
      // As the browser's URL: moving to another page puts its path alone in the URL (no query).
      if (d.navigation !== null && d.navigation.currentUrlPath !== msg.currentUrlPath) d.query = '';
      d.navigation = castDraft(msg);
      return;
    case 'queryParams':
      d.query = msg.query;
      return;
    case 'authRedirect':
      d.authRedirect = { action: msg.action, url: msg.url, ...(msg.provider !== undefined ? { provider: msg.provider } : {}) };
      return;
    case 'error':
      d.lastErrorId += 1;
      d.errors.push({ id: d.lastErrorId, code: msg.code, message: msg.message, ...(msg.cseq !== undefined ? { cseq: msg.cseq } : {}) });
      return;
  }
}

/** The snapshot's roots as client blocks of generation `gen` (missing roots are empty), or undefined when they are not at most four blocks. */
function snapshotRoots(msg: SnapshotMsg, gen: number): ClientBlock[] | undefined {
  if (msg.roots.length > ALL_ROOTS.length) return undefined;
  const roots: ClientBlock[] = [];
  for (let i = 0; i < ALL_ROOTS.length; i++) {
    const json = msg.roots[i];
    const node = json === undefined ? emptyRoot(gen) : nodeFromJson(json, gen);
    if (node.kind !== 'block') return undefined;
    roots.push({ ...node, proto: null });
  }
  return roots;
}

/** Records `problem` (a message part that did not fit the tree) as an `InvalidForwardMsg` error. */
function record(d: Draft<ClientTree>, problem: string | undefined): void {
  if (problem === undefined) return;
  d.lastErrorId += 1;
  d.errors.push({
    id: d.lastErrorId,
    code: ErrorCode.InvalidForwardMsg,
    message: `Ignored a ForwardMsg part that does not fit the tree: ${problem}.`,
  });
}
