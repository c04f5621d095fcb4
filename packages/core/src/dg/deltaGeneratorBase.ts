import type { DeltaGeneratorCore } from './deltaGeneratorCore.js';

let coreOfDg: (dg: DeltaGeneratorBase) => DeltaGeneratorCore;
let setCore: (dg: DeltaGeneratorBase, core: DeltaGeneratorCore) => void;
let make: (() => DeltaGeneratorBase) | undefined;

/**
 * The root of {@link DeltaGenerator}'s command families: it holds the
 * plumbing (which block it writes to, for which session) that every command
 * uses. Not constructed or extended by apps.
 */
export abstract class DeltaGeneratorBase {
  #core!: DeltaGeneratorCore;

  static {
    coreOfDg = (dg) => dg.#core;
    setCore = (dg, core) => {
      dg.#core = core;
    };
  }
}

/** The plumbing behind `dg`. */
export function coreOf(dg: DeltaGeneratorBase): DeltaGeneratorCore {
  return coreOfDg(dg);
}

/** Called once by DeltaGenerator's class definition: how to make one (its constructor is private). */
export function registerDeltaGeneratorFactory(factory: () => DeltaGeneratorBase): void {
  make = factory;
}

/** A DeltaGenerator writing through `core`, typed as the caller's (`wrapCore<this>(core)`): what a container command returns. */
export function wrapCore<T extends DeltaGeneratorBase>(core: DeltaGeneratorCore): T {
  if (make === undefined) throw new Error('DeltaGenerator is not defined yet');
  const dg = make() as T;
  setCore(dg, core);
  return dg;
}
