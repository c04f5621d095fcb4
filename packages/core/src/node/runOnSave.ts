import { dirname, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { App, AppScript } from '../app.js';
import { systemScheduler, type Scheduler } from '../protocol/scheduler.js';
import type { Logger } from '../runtime/runtimeOptions.js';
import { versionedImport, type VersionedImport } from './versionedImport.js';
import { watchFolder, type WatchFolder } from './watchFolder.js';

/** Options of {@link runOnSave}. */
export interface RunOnSaveOptions {
  /**
   * The app module, as a `file:` URL (`new URL('./app.ts', import.meta.url)`)
   * or a path: its default export is the app (`defineApp(...)` or a script
   * function). The module the host imported it from, reloaded on each save.
   */
  readonly module: URL | string;
  /**
   * The folder whose changes reload the app (URL or path), with every
   * module the app imports from it. Default: the app module's folder.
   * `node_modules` and dot-folders are not watched.
   */
  readonly watch?: URL | string;
  /** How long to wait after the last change before reloading, in ms (an editor's save is several writes). Default 100. */
  readonly debounceMs?: number;
  /** Where each reload is reported (`info`) and each failed one (`error`); nothing is logged without it. */
  readonly logger?: Logger;
}

/** Run on save for one runtime, from {@link runOnSave}. */
export interface RunOnSave {
  /** Whether files are watched (false in production). */
  readonly watching: boolean;
  /** Resolves once the watcher has scanned the folder: saves from then on reload. */
  readonly ready: Promise<void>;
  /**
   * Loads the app module now, as a save does.
   * @returns true when it loaded and every session reran, false when it failed (the sessions show the error).
   */
  reload(): Promise<boolean>;
  /** Stops watching; resolves when the watcher is closed. */
  close(): Promise<void>;
}

/**
 * What run on save needs of a runtime: `Runtime`'s `reloadApp` and
 * `reloadFailed` (a `createRuntime` runtime has both). Structural, so a
 * runtime of `@lit-ui/core` fits whichever copy of the types the caller sees.
 */
export interface ReloadableRuntime {
  /** See `Runtime.reloadApp`. */
  reloadApp?(app: unknown): void;
  /** See `Runtime.reloadFailed`. */
  reloadFailed?(error: unknown): void;
}

/** Test seams of {@link runOnSave}: the watcher, the importer, the environment. */
export interface RunOnSaveSeams {
  /** Watches the folder. Default: chokidar (`watchFolder`). */
  readonly watchFolder?: WatchFolder;
  /** Imports the app module anew. Default: `import()` through the reload hooks registered for the folder. */
  readonly importModule?: VersionedImport;
  /** Timers of the debounce. Default: the system's. */
  readonly scheduler?: Scheduler;
  /** Default `process.env.NODE_ENV`. */
  readonly nodeEnv?: string | undefined;
}

const toUrl = (place: URL | string): URL =>
  place instanceof URL ? place : place.startsWith('file:') ? new URL(place) : pathToFileURL(resolvePath(place));

/** The app a module exports as default. @throws TypeError when the default export is not an app. */
function appOf(module: unknown, file: string): App | AppScript {
  const app = (module as { default?: unknown } | null)?.default;
  if (typeof app === 'function' || (typeof app === 'object' && app !== null && (app as Partial<App>).kind === 'lit-ui-app')) return app as App;
  throw new TypeError(`${file} has no default export that is an app: export default defineApp(...) or a script function.`);
}

/**
 * Run on save, as Streamlit's `runOnSave`: watches the app module's folder
 * and, after a save (debounced), imports the app module afresh — with every
 * module it imports from that folder, through Node's module customization
 * hooks, also under `tsx` — and hands the new app to `runtime.reloadApp`:
 * every session reruns with the new code and keeps its session state. When
 * the module fails to load (a syntax error, an import that throws), every
 * session shows the error above the last good code (`runtime.reloadFailed`,
 * code `AppReloadFailed`) until a save loads. Cached functions whose source
 * changed are recomputed (the cache keys on a function's source and place).
 *
 * Off in production: with `NODE_ENV=production` nothing is watched and
 * `reload()` does nothing. The adapters' `runOnSave` option calls this.
 *
 * @param runtime - The runtime serving the app (it must have `reloadApp`, as `createRuntime`'s has).
 * @param options - The app module, the folder to watch, the debounce.
 * @returns A {@link RunOnSave} to close on shutdown.
 * @throws TypeError when `runtime` cannot reload apps.
 * @example
 * const runtime = createRuntime(app);
 * const reloader = runOnSave(runtime, { module: new URL('./app.ts', import.meta.url) });
 * // on shutdown: await reloader.close();
 */
export function runOnSave(runtime: ReloadableRuntime, options: RunOnSaveOptions, seams: RunOnSaveSeams = {}): RunOnSave {
  if (!runtime.reloadApp || !runtime.reloadFailed)
    throw new TypeError('runOnSave needs a runtime with reloadApp and reloadFailed (createRuntime makes one).');
  const nodeEnv = 'nodeEnv' in seams ? seams.nodeEnv : process.env['NODE_ENV'];
  if (nodeEnv === 'production') {
    return { watching: false, ready: Promise.resolve(), reload: () => Promise.resolve(false), close: () => Promise.resolve() };
  }
  const moduleUrl = toUrl(options.module);
  const folder = options.watch === undefined ? dirname(fileURLToPath(moduleUrl)) : fileURLToPath(toUrl(options.watch));
  const importModule = seams.importModule ?? versionedImport(pathToFileURL(folder + '/').href);
  const { logger } = options;
  const debounceMs = options.debounceMs ?? 100;
  const changed = new Set<string>();
  let version = 0;
  const scheduler = seams.scheduler ?? systemScheduler;
  let timer: unknown;
  let loading: Promise<boolean> | undefined;
  let again = false;
  let closed = false;

  const load = async (): Promise<boolean> => {
    const files = [...changed].map((file) => relative(folder, file));
    changed.clear();
    try {
      const app = appOf(await importModule(moduleUrl, ++version), fileURLToPath(moduleUrl));
      if (closed) return false;
      runtime.reloadApp!(app);
      logger?.info?.(`lit-ui: run on save reloaded the app (${files.join(', ') || 'reload'})`);
      return true;
    } catch (error) {
      if (closed) return false;
      logger?.error(`lit-ui: run on save could not load the app (${files.join(', ') || 'reload'})`, error);
      runtime.reloadFailed!(withChangedFiles(error, files));
      return false;
    }
  };
  // One load at a time; saves during a load make one more load after it.
  const reload = (): Promise<boolean> => {
    if (loading) {
      again = true;
      return loading;
    }
    loading = load().finally(() => {
      loading = undefined;
      if (again && !closed) {
        again = false;
        void reload();
      }
    });
    return loading;
  };
  const watcher = (seams.watchFolder ?? watchFolder)(folder, (file) => {
    changed.add(file);
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = scheduler.setTimeout(() => {
      timer = undefined;
      void reload();
    }, debounceMs);
  });
  return {
    watching: true,
    ready: watcher.ready,
    reload,
    close: async () => {
      closed = true;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      await watcher.close();
    },
  };
}

/**
 * `error` with the changed files named (a plain Node `SyntaxError` in an ES
 * module does not say which file); the same error when it names one already.
 */
function withChangedFiles(error: unknown, files: readonly string[]): unknown {
  if (!(error instanceof Error) || files.length === 0 || files.some((file) => error.message.includes(file))) return error;
  const named = new Error(`${error.message} (changed: ${files.join(', ')})`);
  named.name = error.name;
  if (error.stack) named.stack = error.stack;
  return named;
}
