import { describe, expect, it, vi } from 'vitest';
import { defineApp, type App, type AppScript } from '../app.js';
import type { Scheduler } from '../protocol/scheduler.js';
import { runOnSave, type ReloadableRuntime } from './runOnSave.js';
import type { WatchFolder } from './watchFolder.js';

/** A watcher the test drives: `change(path)` is a save. */
function fakeWatcher() {
  let onChange: ((path: string) => void) | undefined;
  const watchFolder: WatchFolder = vi.fn((_folder: string, listener: (path: string) => void) => {
    onChange = listener;
    return { ready: Promise.resolve(), close: vi.fn(() => Promise.resolve()) };
  });
  return { watchFolder, change: (path: string) => onChange!(path) };
}

/** Timers that fire when the test says so. */
function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 0;
  const scheduler: Scheduler = {
    setTimeout: (fn) => (timers.set(++next, fn), next),
    clearTimeout: (handle) => void timers.delete(handle as number),
    now: () => 0,
  };
  return {
    scheduler,
    pending: () => timers.size,
    fire: () => {
      const due = [...timers.values()];
      timers.clear();
      for (const fn of due) fn();
    },
  };
}

function recordingRuntime() {
  const loaded: unknown[] = [];
  const failed: unknown[] = [];
  const runtime: ReloadableRuntime = { reloadApp: (app) => loaded.push(app), reloadFailed: (error) => failed.push(error) };
  return { runtime, loaded, failed };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('runOnSave', () => {
  it('debounces saves into one reload that imports the module with a new version and hands the app to the runtime', async () => {
    const { runtime, loaded, failed } = recordingRuntime();
    const watcher = fakeWatcher();
    const timers = manualTimers();
    const app = defineApp(() => undefined);
    const importModule = vi.fn((_url: URL, _version: number) => Promise.resolve({ default: app }));
    const reloader = runOnSave(
      runtime,
      { module: '/project/app.ts', debounceMs: 80 },
      { watchFolder: watcher.watchFolder, importModule, scheduler: timers.scheduler, nodeEnv: 'development' },
    );
    expect(reloader.watching).toBe(true);
    expect(watcher.watchFolder).toHaveBeenCalledWith('/project', expect.any(Function));
    watcher.change('/project/helper.ts');
    watcher.change('/project/app.ts');
    expect(timers.pending()).toBe(1);
    expect(importModule).not.toHaveBeenCalled();
    timers.fire();
    await flush();
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(importModule.mock.calls[0]![0].href).toBe('file:///project/app.ts');
    expect(loaded).toEqual([app]);
    expect(failed).toEqual([]);

    watcher.change('/project/app.ts');
    timers.fire();
    await flush();
    expect(importModule.mock.calls.map((call) => call[1])).toEqual([1, 2]);
    await reloader.close();
  });

  it('reports a module that fails to load, naming the changed files, and recovers on the next good save', async () => {
    const { runtime, loaded, failed } = recordingRuntime();
    const watcher = fakeWatcher();
    const timers = manualTimers();
    const script: AppScript = () => undefined;
    let next: () => Promise<unknown> = () => Promise.reject(new SyntaxError('Invalid or unexpected token'));
    const logger = { warn: vi.fn(), error: vi.fn(), info: vi.fn() };
    const reloader = runOnSave(
      runtime,
      { module: new URL('file:///project/src/app.js'), watch: '/project', logger },
      { watchFolder: watcher.watchFolder, importModule: () => next(), scheduler: timers.scheduler, nodeEnv: 'development' },
    );
    watcher.change('/project/lib/helper.js');
    timers.fire();
    await flush();
    expect(loaded).toEqual([]);
    expect(failed).toHaveLength(1);
    const error = failed[0] as Error;
    expect(error.name).toBe('SyntaxError');
    expect(error.message).toBe('Invalid or unexpected token (changed: lib/helper.js)');
    expect(logger.error).toHaveBeenCalledTimes(1);

    next = () => Promise.resolve({ default: script });
    watcher.change('/project/lib/helper.js');
    timers.fire();
    await flush();
    expect(loaded).toEqual([script]);
    expect(logger.info).toHaveBeenCalledWith('lit-ui: run on save reloaded the app (lib/helper.js)');
    await reloader.close();
  });

  it('refuses a module whose default export is not an app', async () => {
    const { runtime, failed } = recordingRuntime();
    const reloader = runOnSave(
      runtime,
      { module: '/project/app.ts' },
      { watchFolder: fakeWatcher().watchFolder, importModule: () => Promise.resolve({ default: 42 }), nodeEnv: 'development' },
    );
    await expect(reloader.reload()).resolves.toBe(false);
    expect(String(failed[0])).toMatch(/app\.ts has no default export that is an app/);
    await reloader.close();
  });

  it('a save during a load makes one more load after it, with the newest code', async () => {
    const { runtime, loaded } = recordingRuntime();
    const apps: App[] = [defineApp(() => 1), defineApp(() => 2)];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const importModule = async () => {
      const app = apps[calls++]!;
      if (calls === 1) await first;
      return { default: app };
    };
    const reloader = runOnSave(runtime, { module: '/p/app.ts' }, { watchFolder: fakeWatcher().watchFolder, importModule, nodeEnv: 'development' });
    const done = reloader.reload();
    void reloader.reload();
    void reloader.reload();
    release();
    await done;
    await flush();
    await flush();
    expect(calls).toBe(2);
    expect(loaded).toEqual(apps);
    await reloader.close();
  });

  it('watches nothing and reloads nothing in production', async () => {
    const { runtime, loaded } = recordingRuntime();
    const watcher = fakeWatcher();
    const importModule = vi.fn();
    const reloader = runOnSave(runtime, { module: '/p/app.ts' }, { watchFolder: watcher.watchFolder, importModule, nodeEnv: 'production' });
    expect(reloader.watching).toBe(false);
    await expect(reloader.reload()).resolves.toBe(false);
    expect(watcher.watchFolder).not.toHaveBeenCalled();
    expect(importModule).not.toHaveBeenCalled();
    expect(loaded).toEqual([]);
    await reloader.close();
  });

  it('needs a runtime that can reload', () => {
    expect(() => runOnSave({}, { module: '/p/app.ts' }, { nodeEnv: 'development' })).toThrow(/reloadApp and reloadFailed/);
  });

  it('a save after close reloads nothing', async () => {
    const { runtime, loaded } = recordingRuntime();
    const watcher = fakeWatcher();
    const timers = manualTimers();
    const reloader = runOnSave(
      runtime,
      { module: '/p/app.ts' },
      {
        watchFolder: watcher.watchFolder,
        importModule: () => Promise.resolve({ default: () => undefined }),
        scheduler: timers.scheduler,
        nodeEnv: 'development',
      },
    );
    watcher.change('/p/app.ts');
    await reloader.close();
    expect(timers.pending()).toBe(0);
    expect(loaded).toEqual([]);
  });
});
