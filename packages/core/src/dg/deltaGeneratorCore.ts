import { checkCapturedWrite } from '../caching/capturedWrites.js';
import { ErrorCode, LitUiError } from '../errors.js';
import { outsideWriteTarget } from '../fragments/outsideWrites.js';
import type { BlockProto, ElementProto } from '../protocol/elements.js';
import type { RunContext } from '../runtime/runContext.js';
import { nodeAt } from '../tree/elementTree.js';
import type { Container } from '../tree/treeWriter.js';
import type { PendingCallInfo } from '../runtime/pendingCalls.js';
import type { DeltaGeneratorHost } from './host.js';
import { takeLayout, takeSlotLayout, type GivenLayout } from './layoutOptions.js';

const WITH_CALL = { call: '`container.with(fn)`', fix: '`await container.with(async () => { … })`' };

/**
 * Where a DeltaGenerator writes: `main` (the root `st`, which follows
 * `container.with(fn)` and fragments), another root container, or a block
 * created during a run.
 */
export type Target =
  | { readonly kind: 'main' }
  | { readonly kind: 'root'; readonly root: 1 | 2 | 3 }
  | { readonly kind: 'container'; readonly container: Container; readonly runId: string };

/**
 * The plumbing behind a DeltaGenerator (its private `#core`), which every
 * command body uses: find the run in progress (and stop there if it was
 * asked to end, Streamlit's yield point), find the container to write to, and
 * write an element, a block or an event at its cursor. Internal: never
 * reachable from the public API.
 */
export class DeltaGeneratorCore {
  /** For a slot's handle: the `width`/`height` its writes were given so far, which later writes keep (see takeSlotLayout). */
  private slotLayout: GivenLayout | undefined;

  constructor(
    readonly host: DeltaGeneratorHost,
    readonly target: Target,
  ) {}

  /** The run in progress, after its yield-point check. @throws the signal that ends the run when one was requested. */
  run(): RunContext {
    const run = this.host.activeRun();
    run.checkpoint();
    checkCapturedWrite(this, run);
    return run;
  }

  /**
   * The container this DeltaGenerator writes to in `run`.
   * @throws LitUiError `ExpiredContainer` for a container of an earlier run that is no longer on the page.
   */
  container(run: RunContext): Container {
    // A fragment writing to a container created outside it writes into its own wrapper there (see outsideWriteTarget).
    return outsideWriteTarget(this.host, run, this.targetContainer(run));
  }

  private targetContainer(run: RunContext): Container {
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

  /** True for the handle of one pinned slot (`st.empty()`, `st.progress()`). */
  get isSlot(): boolean {
    return this.target.kind === 'container' && this.target.container.slot !== undefined;
  }

  /** Writes an element at the cursor, with the `width`/`height` of the command being called (see layoutOptions.ts). */
  element(proto: ElementProto): void {
    const run = this.run();
    run.writer.putElement(this.container(run), this.withLayout(proto));
  }

  /**
   * Writes an element (with its layout, as {@link element}) and returns the core of a handle whose writes replace
   * it, keeping that layout unless they give their own (`bar.progress(50)` after `st.progress(0, { width: 200 })`).
   */
  elementHandle(proto: ElementProto): DeltaGeneratorCore {
    const run = this.run();
    const container = this.container(run);
    const { proto: sized, remember } = takeSlotLayout(proto, this.isSlot ? this.slotLayout : undefined);
    if (this.isSlot) this.slotLayout = remember;
    const path = run.writer.putElement(container, sized);
    const handle = this.at({ ...container, slot: path[path.length - 1]! }, run.id);
    handle.slotLayout = remember;
    return handle;
  }

  /** Writes a block at the cursor (with its layout, as {@link element}) and returns the core writing inside it. */
  block(proto: BlockProto, inherit: { formId?: string; fragmentId?: string } = {}): DeltaGeneratorCore {
    const run = this.run();
    return this.at(run.writer.putBlock(this.container(run), this.withLayout(proto), inherit), run.id);
  }

  /**
   * `proto` with the layout of the command being called (which is then taken); in a slot, with the layout its
   * earlier writes were given. For command bodies that write through the tree writer themselves (widgets).
   */
  withLayout<P extends object>(proto: P): P {
    if (!this.isSlot) return takeLayout(proto);
    const { proto: sized, remember } = takeSlotLayout(proto, this.slotLayout);
    this.slotLayout = remember;
    return sized;
  }

  /** Writes an element into the `event` root (toasts, effects); `build` gets a nonce unique to this call. */
  event(build: (nonce: string) => ElementProto): void {
    const run = this.run();
    const events = run.writer.root(2);
    run.writer.putElement(events, build(`${run.id}:${run.writer.cursor(events)}`));
  }

  /** The core writing to `container` (created in run `runId`). */
  at(container: Container, runId: string): DeltaGeneratorCore {
    return new DeltaGeneratorCore(this.host, { kind: 'container', container, runId });
  }

  /**
   * Runs `fn` with bare `st.*` calls written into this container (`container.with(fn)`). An async `fn` the app
   * does not await is tracked as `call` (see PendingCalls; `null`: the caller tracks it): the run warns and waits for it.
   */
  with<R>(fn: () => R, call: Pick<PendingCallInfo, 'call' | 'fix'> | null = WITH_CALL): R {
    const run = this.run();
    const caller = run.activeContainer();
    const container = this.container(run);
    run.stack.push(container);
    const pop = () => {
      const index = run.stack.lastIndexOf(container);
      if (index >= 0) run.stack.splice(index, 1);
    };
    let result: R;
    try {
      result = fn();
    } catch (e) {
      pop();
      throw e;
    }
    if (!(result instanceof Promise)) {
      pop();
      return result;
    }
    const done = result.finally(pop);
    return (call ? run.pendingCalls.track(done, { ...call, container: caller }) : done) as R;
    pop();
    return result;
  }
}
