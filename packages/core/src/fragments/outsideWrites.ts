import type { DeltaPath } from '../protocol/deltaPath.js';
import type { RunContext } from '../runtime/runContext.js';
import { nodeAt } from '../tree/elementTree.js';
import type { Container } from '../tree/treeWriter.js';
import type { DeltaGeneratorHost } from '../dg/host.js';
import type { FragmentEntry } from './fragmentRegistry.js';

/** Where a fragment's wrapper sits: the outside container's path and slot, and the wrapper's index in it. */
interface WrapperSlot {
  readonly path: DeltaPath;
  readonly slot: number | undefined;
  readonly index: number;
}

/** Per fragment registration: outside container (path and slot) → its wrapper's place. */
const wrapperSlots = new WeakMap<FragmentEntry, Map<string, WrapperSlot>>();
/** Per run: `fragmentId|container` → the wrapper container this run writes into. */
const runWrappers = new WeakMap<RunContext, Map<string, Container>>();

/**
 * Where a fragment's write to a container created outside it goes, as
 * Streamlit 1.64's outside-container writes: into a wrapper block of the
 * fragment, placed in that container during the full run. The wrapper
 * belongs to the fragment (its widgets rerun the fragment, its contents are
 * rebuilt and trimmed by each fragment run), so the fragment's output there
 * is replaced, not appended, and widgets may live in it. In a fragment run,
 * a container the full run gave no wrapper is returned as is: display
 * elements are appended there, and a widget raises `FragmentWidgetOutside`.
 */
export function outsideWriteTarget(host: DeltaGeneratorHost, run: RunContext, target: Container): Container {
  const fragmentId = run.currentFragmentId;
  if (fragmentId === undefined || target.fragmentId === fragmentId) return target;
  const entry = host.fragments.get(fragmentId);
  if (!entry) return target;
  const key = `${target.path.join('.')}${target.slot === undefined ? '' : `#${target.slot}`}`;
  const known = runWrappers.get(run)?.get(`${fragmentId}|${key}`);
  if (known) return known;
  const slots = wrapperSlots.get(entry) ?? new Map<string, WrapperSlot>();
  wrapperSlots.set(entry, slots);
  const fullRun = run.fragmentIds === undefined;
  const place = slots.get(key);
  if (!fullRun && place === undefined) return target;
  const at = fullRun || target.slot !== undefined ? target : { ...target, slot: place!.index };
  const wrapper = run.writer.putBlock(at, { type: 'vertical', fragmentId }, { fragmentId });
  if (fullRun) slots.set(key, { path: target.path, slot: target.slot, index: wrapper.path[wrapper.path.length - 1]! });
  return remember(run, `${fragmentId}|${key}`, wrapper, target.slot);
}

/**
 * Start of a fragment run: rebuilds the fragment's wrappers in outside
 * containers (their cursors back to 0), so what the run does not write
 * again there is trimmed, as the fragment's own container is.
 */
export function resetOutsideWrappers(host: DeltaGeneratorHost, run: RunContext, entry: FragmentEntry): void {
  const fragmentId = entry.id;
  for (const [key, place] of wrapperSlots.get(entry) ?? []) {
    const node = nodeAt(host.tree, place.path);
    const child = node?.kind === 'block' ? node.nodeAt(place.index) : undefined;
    if (node?.kind !== 'block' || child?.kind !== 'block' || (child.proto as { fragmentId?: string } | null)?.fragmentId !== fragmentId) continue;
    const wrapper = run.writer.putBlock({ node, path: place.path, slot: place.index }, { type: 'vertical', fragmentId }, { fragmentId });
    remember(run, `${fragmentId}|${key}`, wrapper, place.slot);
  }
}

/** Keeps the run's wrapper container for later writes; a placeholder's (st.empty()) wrapper holds one element. */
function remember(run: RunContext, key: string, wrapper: Container, slot: number | undefined): Container {
  const container = slot === undefined ? wrapper : { ...wrapper, slot: 0 };
  const inRun = runWrappers.get(run) ?? new Map<string, Container>();
  runWrappers.set(run, inRun);
  inRun.set(key, container);
  return container;
}
