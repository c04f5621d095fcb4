import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A run-on-save dev server in a child process over a temporary project folder. */
export interface DevServer {
  /** `http://127.0.0.1:<port>/app`. */
  readonly url: string;
  /** `ws://127.0.0.1:<port>/app/_lit-ui/ws`. */
  readonly wsUrl: string;
  /** Whether the server process is still running. */
  readonly alive: boolean;
  /** Writes (saves) a file of the project, relative to its folder. */
  save(file: string, text: string): Promise<void>;
  /** Stops the server and deletes the project folder. */
  close(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Writes `files` (with a `package.json` making them ES modules, and the
 * repository's `node_modules` linked) into a new
 * temporary folder, then starts `server.ts` under `tsx` on `app.ts` there
 * and waits until it watches the folder.
 */
export async function startDevServer(files: Readonly<Record<string, string>>, env: Readonly<Record<string, string>> = {}): Promise<DevServer> {
  const folder = await mkdtemp(join(tmpdir(), 'lit-ui-run-on-save-'));
  await writeFile(join(folder, 'package.json'), '{ "type": "module" }\n');
  // The project's packages (`@lit-ui/core` for cacheData) are the repository's, as the server's.
  await symlink(join(repoRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(files)) await writeFile(join(folder, file), text);
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./server.ts', import.meta.url)), join(folder, 'app.ts')],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let exited = false;
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (exited = true));
  const stop = async () => {
    if (!exited) child.kill('SIGTERM');
    await exit;
    await rm(folder, { recursive: true, force: true });
  };
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve((JSON.parse(line) as { port: number }).port);
      });
      void exit.then(() => reject(new Error(`the dev server exited: ${stderr}`)));
      setTimeout(() => reject(new Error(`the dev server did not start within 30 s: ${stderr}`)), 30_000).unref();
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/app`,
    wsUrl: `ws://127.0.0.1:${port}/app/_lit-ui/ws`,
    get alive() {
      return !exited;
    },
    save: (file, text) => writeFile(join(folder, file), text),
    close: stop,
  };
}
