import type { DeltaPath } from '../protocol/deltaPath.js';
import type { BlockProto } from '../protocol/elements.js';

/** A fragment (or dialog) registered by a run, rerunnable on its own. */
export interface FragmentEntry {
  readonly id: string;
  /** The block that holds the fragment's container, and the container's index in it. */
  readonly parentPath: DeltaPath;
  readonly index: number;
  readonly formId?: string;
  /** The fragment this one sits in, when nested. */
  readonly outerFragmentId?: string;
  /** The container's proto (`vertical` with `fragmentId`, or `dialog`). */
  readonly block: BlockProto;
  /** Calls the fragment function again with the arguments of its last call. */
  readonly invoke: () => unknown;
  /** `runEvery`: rerun on a timer while the session is connected, in ms. */
  readonly runEveryMs?: number;
}

/**
 * A session's fragments (Streamlit's FragmentStorage): what each registered
 * fragment needs to rerun alone. A full run re-registers the fragments it
 * calls and drops the others.
 */
export class FragmentRegistry {
  private readonly entries = new Map<string, FragmentEntry>();

  /** Registers (or re-registers) a fragment. */
  set(entry: FragmentEntry): void {
    this.entries.set(entry.id, entry);
  }

  /** The fragment with this id, if registered. */
  get(id: string): FragmentEntry | undefined {
    return this.entries.get(id);
  }

  /** Every registered fragment. */
  all(): FragmentEntry[] {
    return [...this.entries.values()];
  }

  /** Keeps only the fragments in `ids` (after a full run). Returns the ids dropped. */
  retain(ids: ReadonlySet<string>): string[] {
    const dropped = [...this.entries.keys()].filter((id) => !ids.has(id));
    for (const id of dropped) this.entries.delete(id);
    return dropped;
  }

  /** Drops every fragment. */
  clear(): void {
    this.entries.clear();
  }
}
