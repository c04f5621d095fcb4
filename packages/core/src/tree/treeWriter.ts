import type { DeltaPath } from '../protocol/deltaPath.js';
import type { BlockProto, ElementProto, JsonValue } from '../protocol/elements.js';
import type { BlockLength, DeltaMsg, TextAppendMsg } from '../protocol/forwardMsg.js';
import { deepEqual } from './deepEqual.js';
import { digestOf } from './elementDigest.js';
import { BlockNode, keepsProto, nodeAt, type ElementTree, type WidgetNode } from './elementTree.js';

/**
 * Where a DeltaGenerator writes: a block of the mirror tree, with the form
 * and fragment its widgets belong to. With `slot`, writes replace that one
 * child (an `st.empty()` placeholder) instead of appending.
 */
export interface Container {
  readonly node: BlockNode;
  readonly path: DeltaPath;
  readonly formId?: string;
  readonly fragmentId?: string;
  readonly slot?: number;
}

/** Where a widget is in the mirror: its node is at `path` while the location is current (see {@link widgetAt}). */
export interface WidgetLocation {
  readonly node: WidgetNode;
  readonly path: DeltaPath;
}

/**
 * The widget `id` where `widgets` last saw it, if it is still there: the
 * node at its path is its node and still has that id. Else undefined (the
 * widget was trimmed, or something else was written in its place).
 */
export function widgetAt(tree: ElementTree, widgets: ReadonlyMap<string, WidgetLocation>, id: string): WidgetLocation | undefined {
  const at = widgets.get(id);
  return at !== undefined && at.node.proto['id'] === id && nodeAt(tree, at.path) === at.node ? at : undefined;
}

/**
 * Writes `proto` (the widget's proto with another value) into the mirror at
 * `at`: its node and its digest in its block.
 */
export function rewriteWidget(tree: ElementTree, at: WidgetLocation, proto: ElementProto): void {
  const parent = nodeAt(tree, at.path.slice(0, -1));
  if (parent?.kind !== 'block') return;
  at.node.proto = proto;
  parent.setElement(at.path[at.path.length - 1]!, digestOf(proto), at.node);
}

/** An element of the current run whose text body `TreeWriter.appendText` extends (`st.writeStream`). */
export interface TextTarget {
  /** The element's proto as the client has it (body included). */
  proto: ElementProto;
  /** Its digest, as in the mirror while nothing else replaced it. */
  digest: number;
}

/** A delta (or a text append) before the session numbers it. */
export type UnsequencedDelta = (DeltaMsg extends infer M ? (M extends DeltaMsg ? Omit<M, 'seq'> : never) : never) | Omit<TextAppendMsg, 'seq'>;

/**
 * Writes one run's output into the mirror tree, as Streamlit's cursors plus
 * a diff: every `st.*` call lands at its container's cursor; an element equal
 * to the one already at that path is not sent. Blocks created in the run
 * (and, for a full run, the roots) are rebuilt: their cursors start at 0 and
 * `finish` trims what the run did not rewrite. Blocks written from outside
 * the rebuilt part (a fragment writing into the sidebar) are appended to.
 */
export class TreeWriter {
  private readonly cursors = new Map<BlockNode, number>();
  private readonly rebuilt = new Map<BlockNode, DeltaPath>();
  private readonly advanced = new Map<BlockNode, DeltaPath>();
  private detached = false;
  /** The element `putElement` wrote last (for `elementAt`). */
  private lastPut: { parent: BlockNode; index: number; proto: ElementProto } | undefined;

  constructor(
    private readonly tree: ElementTree,
    private readonly emit: (delta: UnsequencedDelta) => void,
    private readonly widgets: Map<string, WidgetLocation>,
    private readonly fullRun: boolean,
  ) {
    if (fullRun) tree.forEach((root, i) => this.rebuild(root, [i]));
  }

  /** The container of root `root` (0 main, 1 sidebar, 2 event, 3 bottom). */
  root(root: number): Container {
    const node = this.tree[root];
    if (!node) throw new RangeError(`No root container ${root}`);
    return { node, path: [root] };
  }

  /** The number of children written so far in `container`'s block. */
  cursor(container: Container): number {
    return this.cursorOf(container.node);
  }

  /** Writes an element at the container's cursor (or slot); returns its delta path. */
  putElement(container: Container, proto: ElementProto): DeltaPath {
    const index = this.claim(container);
    const path = [...container.path, index];
    if (this.detached) return path;
    const parent = container.node;
    const digest = digestOf(proto);
    const id = typeof proto['id'] === 'string' ? proto['id'] : undefined;
    const existing = parent.nodeAt(index);
    let widget = existing?.kind === 'widget' ? existing : undefined;
    if (parent.digestAt(index) !== digest) {
      if (!keepsProto(proto)) widget = undefined;
      else if (widget === undefined) widget = { kind: 'widget', proto };
      else widget.proto = proto;
      parent.setElement(index, digest, widget);
      this.emit({ type: 'delta', path, element: proto });
    }
    if (id !== undefined && widget !== undefined) this.widgets.set(id, { node: widget, path });
    this.lastPut = { parent, index, proto };
    return path;
  }

  /**
   * The element this writer last put at `path` in `container` (a path
   * `putElement` just returned), as a target for `appendText`; undefined when
   * the writer is detached or put nothing there. The mirror keeps a digest of
   * a display element, not its proto: the target holds the proto for the run.
   */
  elementAt(container: Container, path: DeltaPath): TextTarget | undefined {
    const last = this.lastPut;
    return last !== undefined && last.parent === container.node && last.index === path[path.length - 1]
      ? { proto: last.proto, digest: digestOf(last.proto) }
      : undefined;
  }

  /**
   * Appends `text` to the string `body` of `target`, the element at `path` in
   * `container` (`st.writeStream`): the mirror gets the new digest, the client
   * only `text` (a `textAppend`). Returns false, sending nothing, when
   * something else has replaced the element since, it has no text body, or
   * the writer is detached.
   */
  appendText(container: Container, path: DeltaPath, target: TextTarget, text: string): boolean {
    const index = path[path.length - 1]!;
    const body = target.proto['body'];
    if (this.detached || typeof body !== 'string' || container.node.digestAt(index) !== target.digest) return false;
    if (text === '') return true;
    target.proto = { ...target.proto, body: body + text };
    target.digest = digestOf(target.proto);
    container.node.setElement(index, target.digest, keepsProto(target.proto) ? { kind: 'widget', proto: target.proto } : undefined);
    this.emit({ type: 'textAppend', path, text });
    return true;
  }

  /**
   * Writes a block at the container's cursor (or slot) and returns the new
   * container. A block already there keeps its children (they are rewritten
   * or trimmed by the rest of the run); only a changed proto is sent.
   */
  putBlock(container: Container, proto: BlockProto, inherit: { formId?: string; fragmentId?: string } = {}): Container {
    const index = this.claim(container);
    const path = [...container.path, index];
    const formId = inherit.formId ?? container.formId;
    const fragmentId = inherit.fragmentId ?? container.fragmentId;
    const scope = { ...(formId ? { formId } : {}), ...(fragmentId ? { fragmentId } : {}) };
    // A detached run writes nowhere: its containers are blocks of no tree.
    if (this.detached) return { node: new BlockNode(proto), path, ...scope };
    const parent = container.node;
    const existing = parent.nodeAt(index);
    let node: BlockNode;
    if (existing?.kind === 'block') {
      node = existing;
      if (!deepEqual(existing.proto, proto)) {
        existing.proto = proto;
        this.emit({ type: 'delta', path, block: proto });
      }
    } else {
      node = new BlockNode(proto);
      parent.setBlock(index, node);
      this.emit({ type: 'delta', path, block: proto });
    }
    // As Streamlit's path-keyed cursors: a block already written in this run (e.g. by a callback
    // through a container of the previous run) continues where it was; otherwise it starts over.
    if (!this.rebuilt.has(node)) this.rebuild(node, path);
    return { node, path, ...scope };
  }

  /** Changes the proto of the block `container` writes into (e.g. `status.update()`), keeping its cursor and children. */
  updateBlock(container: Container, proto: BlockProto): void {
    if (this.detached || deepEqual(container.node.proto, proto)) return;
    container.node.proto = proto;
    this.emit({ type: 'delta', path: container.path, block: proto });
  }

  /** Re-sends a widget with a new wire value (e.g. reset by `clearOnSubmit`) if it differs from the client's. */
  replaceWidgetValue(id: string, value: JsonValue): void {
    const at = this.detached ? undefined : widgetAt(this.tree, this.widgets, id);
    if (!at || deepEqual(at.node.proto['value'], value)) return;
    rewriteWidget(this.tree, at, { ...at.node.proto, value });
    this.emit({ type: 'delta', path: at.path, element: at.node.proto });
  }

  /**
   * Stops this writer from touching the mirror or the client: the session
   * resynchronises its client from an empty tree (`AppSession`), and the run
   * still going (until its next `st.*` call ends it) must not write into it.
   * Its writes go nowhere from now on.
   */
  detach(): void {
    this.detached = true;
    this.advanced.clear();
  }

  /** Blocks whose cursor moved since the last call, with their cursors (for a `confirm`). */
  takeConfirm(): BlockLength[] {
    if (this.detached) return [];
    const marks = [...this.advanced].map(([node, path]) => ({ path, length: this.cursorOf(node) }));
    this.advanced.clear();
    return marks;
  }

  /** Trims every rebuilt block to what this run wrote; returns the trims for `scriptFinished`. */
  finish(): BlockLength[] {
    const trims: BlockLength[] = [];
    if (this.detached) return trims;
    for (const [node, path] of this.rebuilt) {
      const length = this.cursorOf(node);
      if (node.length > length) {
        for (const child of node.truncate(length)) this.forgetWidgets(child);
        trims.push({ path, length });
      }
    }
    return trims;
  }

  private rebuild(node: BlockNode, path: DeltaPath): void {
    this.cursors.set(node, 0);
    this.rebuilt.set(node, path);
  }

  private claim(container: Container): number {
    if (container.slot !== undefined) return container.slot;
    // A full run rebuilds every block it writes to, even through a container of an earlier run.
    if (this.fullRun && !this.cursors.has(container.node)) this.rebuild(container.node, container.path);
    const index = this.cursorOf(container.node);
    this.cursors.set(container.node, index + 1);
    this.advanced.set(container.node, container.path);
    return index;
  }

  private cursorOf(node: BlockNode): number {
    let cursor = this.cursors.get(node);
    if (cursor === undefined) {
      cursor = node.length;
      this.cursors.set(node, cursor);
    }
    return cursor;
  }

  private forgetWidgets(node: BlockNode | WidgetNode): void {
    if (node.kind === 'block') node.forEachNode((child) => this.forgetWidgets(child));
    else if (typeof node.proto['id'] === 'string' && this.widgets.get(node.proto['id'])?.node === node) {
      this.widgets.delete(node.proto['id']);
    }
  }
}
