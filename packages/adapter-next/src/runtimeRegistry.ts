import { createRuntime, defineApp, type App, type AppScript, type Runtime, type RuntimeOptions } from '@lit-ui/core';

/** One app's runtime in this process, and the app module's latest evaluation. */
export interface RegisteredApp {
  /** Registry key: the app's mount path (`''` at the site root). */
  readonly mount: string;
  readonly runtime: Runtime;
  /** The app as last evaluated (Next's dev server re-evaluates the route module on every edit). */
  app: App | AppScript;
}

type Listener = (entry: RegisteredApp) => void;

interface Registry {
  readonly apps: Map<string, RegisteredApp>;
  readonly listeners: Set<Listener>;
}

/**
 * The process-wide registry, on `globalThis` under a `Symbol.for` key: Next
 * evaluates route modules more than once (dev re-evaluation on edit, and
 * separate bundles for separate routes), and a custom server imports this
 * package natively, yet all of them must share one runtime per app.
 */
const KEY = Symbol.for('lit-ui.adapter-next.registry');

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  return (holder[KEY] ??= { apps: new Map(), listeners: new Set() });
}

/** Each registered app's trampoline: the app its runtime runs, which calls the latest evaluation. */
const trampolines = new WeakMap<RegisteredApp, App>();

const asApp = (app: App | AppScript): App => (typeof app === 'function' ? defineApp(app) : app);

/**
 * The runtime of the app at `mount`, created on first use with `options`;
 * later calls (a re-evaluated route module) keep that runtime and its
 * sessions, and swap in the new app; outside production every session
 * reruns with it at once, keeping its state (run on save: Next's dev server
 * re-evaluates the module after a save, as Streamlit's `runOnSave`).
 *
 * @param mount - The mount path, `''` at the site root.
 * @param app - The app as evaluated now.
 * @param options - Runtime options, used only when the runtime is created.
 * @returns The registered app with its runtime.
 */
export function registerApp(mount: string, app: App | AppScript, options: RuntimeOptions): RegisteredApp {
  const { apps, listeners } = registry();
  const existing = apps.get(mount);
  if (existing) {
    existing.app = app;
    // Next's dev server re-evaluated the route module after a save: every session reruns with the new code, keeping its state (run on save).
    if (process.env['NODE_ENV'] !== 'production') existing.runtime.reloadApp?.(trampolines.get(existing)!);
    return existing;
  }
  // Sessions call through the entry, so a re-evaluated app takes effect without a new runtime.
  const current = () => asApp(entry.app);
  const trampoline = defineApp((st) => current().script(st), {
    get initialState() {
      return current().options.initialState;
    },
    get persistWidgetState() {
      return current().options.persistWidgetState;
    },
  });
  const entry: RegisteredApp = { mount, app, runtime: createRuntime(trampoline, options) };
  trampolines.set(entry, trampoline);
  apps.set(mount, entry);
  for (const listener of listeners) listener(entry);
  return entry;
}

/** Every registered app now, then each one registered later; returns a function that stops listening. */
export function onAppRegistered(listener: Listener): () => void {
  const { apps, listeners } = registry();
  for (const entry of apps.values()) listener(entry);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets every app and closes their runtimes (tests, and a server shutting down). */
export async function closeRegisteredApps(): Promise<void> {
  const { apps } = registry();
  const entries = [...apps.values()];
  apps.clear();
  await Promise.all(entries.map((entry) => entry.runtime.close()));
}
