/**
 * The examples' Express app: every example mounted at its own path with
 * `liteUi`, an index page at `/examples`, the main demo at `/`.
 */
import type { Server } from 'node:http';
import { liteUi, type LiteUiOptions, type LiteUiRouter } from '@lit-ui/adapter-express';
import express, { type Express } from 'express';
import { examples, type ExampleEntry } from './catalog.js';
import { renderEmbeddedPage } from './embedding/embeddedPage.js';
import { renderIndexPage } from './indexPage.js';

/** The server's parts: the Express app, and what to call once it listens. */
export interface ExamplesServer {
  /** The Express app, ready for `listen`. */
  readonly app: Express;
  /** One router per example. */
  readonly routers: readonly LiteUiRouter[];
  /** Takes WebSocket upgrades for every example on `server`. */
  attach(server: Server): void;
  /** Closes every router's transports and runtime. */
  close(): Promise<void>;
}

/** Options of {@link createExamplesServer}: runtime options for every example, and run on save. */
export interface ExamplesServerOptions extends Omit<LiteUiOptions, 'title' | 'basePath' | 'runOnSave'> {
  /**
   * Run on save for every example (docs/run-on-save.md): a save under
   * `examples/` reruns each example's sessions with the new code. Never in
   * production (`NODE_ENV=production`). Default false.
   */
  runOnSave?: boolean;
}

/** The examples' folder: what run on save watches. */
const EXAMPLES_FOLDER = new URL('./', import.meta.url);

/**
 * Builds the examples' Express app.
 * @param options - runtime options for every example (e.g. `showErrorDetails`), and `runOnSave`.
 * @param entries - the examples to mount. Default: all of them.
 */
export function createExamplesServer(options: ExamplesServerOptions = {}, entries: readonly ExampleEntry[] = examples): ExamplesServer {
  const { runOnSave, ...liteUiOptions } = options;
  const app = express();
  app.disable('x-powered-by');
  const mounted = entries.map((entry) => ({
    entry,
    // Several routers share one server: each is told its mount path, so it takes only its own upgrades.
    router: liteUi(entry.app, {
      ...liteUiOptions,
      title: `${entry.title} · lit-ui`,
      basePath: entry.path,
      ...(runOnSave ? { runOnSave: { module: new URL(`./${entry.folder}/app.ts`, EXAMPLES_FOLDER), watch: EXAMPLES_FOLDER } } : {}),
    }),
  }));

  // Sub-paths first: the router at `/` serves its host page for any path that reaches it.
  for (const { entry, router } of mounted) if (entry.path !== '/') app.use(entry.path, router);
  const index = renderIndexPage(entries);
  app.get('/examples', (_req, res) => {
    res.type('html').send(index);
  });
  // A page of the host site with an app embedded in it (see docs/embedding.md).
  const embedded = renderEmbeddedPage({ mount: '/forms' });
  app.get('/examples/embedded', (_req, res) => {
    res.type('html').send(embedded);
  });
  for (const { entry, router } of mounted) if (entry.path === '/') app.use('/', router);

  const routers = mounted.map((m) => m.router);
  return {
    app,
    routers,
    attach: (server) => {
      for (const router of routers) router.attach(server);
    },
    close: async () => {
      await Promise.all(routers.map((router) => router.close()));
    },
  };
}
