import type { App, AppScript } from './app.js';
import type { Runtime, RuntimeOptions } from './runtime/runtimeOptions.js';

export type { App, AppScript } from './app.js';
export type { Runtime, RuntimeOptions, ConnectOptions, Logger, Scheduler } from './runtime/runtimeOptions.js';

/** Placeholder: the runtime is being written. */
export function createRuntime(_app: App | AppScript, _options?: RuntimeOptions): Runtime {
  throw new Error('createRuntime is not implemented yet');
}
