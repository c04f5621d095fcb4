import { castDraft } from 'immer';
import { deepEqual } from '../tree/deepEqual.js';
import { clientNodeAt, type ClientNode, type ClientTree } from './clientTree.js';
import type { JsonValue } from './elements.js';
import { draftNodeAt, editTree, findPath } from './treeEdits.js';

/**
 * Changes a client makes to its own tree, without a ForwardMsg, because the
 * server makes the same change to its mirror of that tree and will not send
 * it (docs/protocol.md, "Widgets" and "Navigation, query params, dialogs").
 * Like `applyForwardMsg`, they are pure and keep untouched subtrees.
 */

/**
 * Writes `value` (wire form) into the proto of the widget `id`: the server
 * acknowledged the user's change (`ack`), and records the value in its
 * mirror when the run that applies it starts, so it never sends it back.
 *
 * @param tree - the client tree
 * @param id - the widget id (`proto.id`)
 * @param value - the acknowledged value, in wire form (`WidgetValueMap`)
 * @returns the new tree; `tree` itself when the widget is not in it or already shows `value`
 *
 * @example
 * tree = patchWidgetValue(tree, slider.id, 42);
 */
export function patchWidgetValue<T extends ClientTree>(tree: T, id: string, value: JsonValue): T {
  const path = findPath(tree.roots, (node) => node.kind === 'element' && node.proto['id'] === id);
  const widget = path === undefined ? undefined : clientNodeAt(tree.roots, path);
  if (path === undefined || widget?.kind !== 'element' || deepEqual(widget.proto['value'], value)) return tree;
  return replaceAt(tree, path, { ...widget, proto: { ...widget.proto, value } });
}

/**
 * Marks the dialog of fragment `fragmentId` closed (`isOpen: false`): the
 * user closed it and the client sends `dialogClosed { id }`; the server
 * marks it closed in its mirror, so a later run that opens it again sends a
 * new proto.
 *
 * @param tree - the client tree
 * @param fragmentId - the dialog block's `fragmentId`
 * @returns the new tree; `tree` itself when no open dialog has that id
 *
 * @example
 * tree = closeDialog(tree, dialogBlock.proto.fragmentId);
 */
export function closeDialog<T extends ClientTree>(tree: T, fragmentId: string): T {
  const path = findPath(tree.roots, (node) => node.kind === 'block' && node.proto?.type === 'dialog' && node.proto.fragmentId === fragmentId);
  const dialog = path === undefined ? undefined : clientNodeAt(tree.roots, path);
  if (path === undefined || dialog?.kind !== 'block' || dialog.proto?.type !== 'dialog' || !dialog.proto.isOpen) return tree;
  return replaceAt(tree, path, { ...dialog, proto: { ...dialog.proto, isOpen: false } });
}

/** Puts `node` (a plain object) at `path` (a path of the base tree), copying only its ancestors. */
function replaceAt<T extends ClientTree>(tree: T, path: readonly number[], node: ClientNode): T {
  return editTree(tree, (d) => {
    const parent = draftNodeAt(d.roots, path.slice(0, -1));
    if (parent?.kind === 'block') parent.children[path[path.length - 1]!] = castDraft(node);
  });
}
