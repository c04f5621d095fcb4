import { ErrorCode, LitUiError } from '../errors.js';
import type { BlockProto, ElementProto } from '../protocol/elements.js';
import type { RunContext } from '../runtime/runContext.js';
import { nodeAt } from '../tree/elementTree.js';
import type { Container } from '../tree/treeWriter.js';
import type { DeltaGeneratorHost } from './host.js';

/**
 * Where a DeltaGenerator writes: `main` (the root `st`, which follows
 * `container.with(fn)` and fragments), another root container, or a block
 * created during a run.
 */
export type Target =
  | { readonly kind: 'main' }
  | { readonly kind: 'root'; readonly root: 1 | 2 | 3 }
  | { readonly kind: 'container'; readonly container: Container; readonly runId: string };

/** What module-level wrappers (`fragment`, `dialog`, `cacheData`) reach inside a DeltaGenerator. */
export interface DeltaGeneratorInternals {
  readonly host: DeltaGeneratorHost;
  /** The run in progress (after its yield-point check). */
  run(): RunContext;
  /** The container this DeltaGenerator writes to in `run`. */
  resolve(run: RunContext): Container;
}

/** Key of {@link DeltaGeneratorInternals} on every DeltaGenerator; not part of the public API. */
export const INTERNALS: unique symbol = Symbol('lit-ui.deltaGenerator');

/**
 * The plumbing every `st.*` command shares: find the run in progress (and
 * stop there if it was asked to end), find the container to write to, and
 * write an element or a block at its cursor.
 */
export class DeltaGeneratorBase {
  /** @internal */
  constructor(
    protected readonly host: DeltaGeneratorHost,
    protected readonly target: Target,
  ) {}

  /**
   * Runs `fn` with bare `st.*` calls written into this container, the
   * equivalent of Python's `with container:`. Works with sync and async
   * functions; returns what `fn` returns.
   *
   * @example
   * const [left, right] = st.columns(2);
   * await left.with(async () => { st.metric('Rows', rows.length); });
   */
  with<R>(fn: () => R): R {
    const run = this.currentRun();
    const container = this.resolve(run);
    run.stack.push(container);
    let result: R;
    try {
      result = fn();
    } catch (e) {
      this.popFrom(run, container);
      throw e;
    }
    if (result instanceof Promise) {
      return result.finally(() => this.popFrom(run, container)) as R;
    }
    this.popFrom(run, container);
    return result;
  }

  /** @internal */
  [INTERNALS](): DeltaGeneratorInternals {
    return { host: this.host, run: () => this.currentRun(), resolve: (run) => this.resolve(run) };
  }

  /** The run in progress, after its yield-point check. */
  protected currentRun(): RunContext {
    const run = this.host.activeRun();
    run.checkpoint();
    return run;
  }

  /** The container this DeltaGenerator writes to in `run`. */
  protected resolve(run: RunContext): Container {
    const target = this.target;
    switch (target.kind) {
      case 'main':
        return run.activeContainer();
      case 'root':
        return run.writer.root(target.root);
      case 'container':
        // A container of an earlier run still on the page can be written to (as Streamlit's path-based
        // containers): a callback filling a container, a fragment adding to an outside one.
        if (target.runId !== run.id && nodeAt(this.host.tree, target.container.path) !== target.container.node) {
          throw new LitUiError(
            ErrorCode.ExpiredContainer,
            'This container was created in an earlier run and is no longer on the page. Create containers in the run that writes to them.',
          );
        }
        return target.container;
    }
  }

  /** Writes an element at the cursor. */
  protected putElement(proto: ElementProto): void {
    const run = this.currentRun();
    run.writer.putElement(this.resolve(run), proto);
  }

  /** Writes a block at the cursor and returns a DeltaGenerator for it. */
  protected putBlock(proto: BlockProto, inherit: { formId?: string; fragmentId?: string } = {}): this {
    const run = this.currentRun();
    return this.derive(run.writer.putBlock(this.resolve(run), proto, inherit), run.id);
  }

  /** A DeltaGenerator of the same class writing to `container`. */
  protected derive(container: Container, runId: string): this {
    const Ctor = this.constructor as new (host: DeltaGeneratorHost, target: Target) => this;
    return new Ctor(this.host, { kind: 'container', container, runId });
  }

  private popFrom(run: RunContext, container: Container): void {
    const index = run.stack.lastIndexOf(container);
    if (index >= 0) run.stack.splice(index, 1);
  }
}
