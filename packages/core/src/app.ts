// Placeholder while the engine is written; replaced by the real App types.
export type AppScript = (st: never) => unknown;
export interface App {
  readonly script: AppScript;
}
