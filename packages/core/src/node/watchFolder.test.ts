import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isWatchedPath, watchFolder, type FolderWatcher } from './watchFolder.js';

describe('isWatchedPath', () => {
  it('takes source files, and skips node_modules, dot-folders and other files', () => {
    expect(isWatchedPath('/p', '/p/app.ts', true)).toBe(true);
    expect(isWatchedPath('/p', '/p/lib/data.json', true)).toBe(true);
    expect(isWatchedPath('/p', '/p/lib/view.tsx', true)).toBe(true);
    expect(isWatchedPath('/p', '/p/lib', false)).toBe(true);
    expect(isWatchedPath('/p', '/p/node_modules', false)).toBe(false);
    expect(isWatchedPath('/p', '/p/node_modules/x/index.js', true)).toBe(false);
    expect(isWatchedPath('/p', '/p/.next/server.js', true)).toBe(false);
    expect(isWatchedPath('/p', '/p/app.ts.swp', true)).toBe(false);
    expect(isWatchedPath('/p', '/p/notes.md', true)).toBe(false);
  });
});

describe('watchFolder (chokidar)', () => {
  let folder: string | undefined;
  let watcher: FolderWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('reports a saved source file in a subfolder, not files in node_modules', async () => {
    folder = mkdtempSync(join(tmpdir(), 'lit-ui-watch-'));
    mkdirSync(join(folder, 'lib'));
    mkdirSync(join(folder, 'node_modules'));
    writeFileSync(join(folder, 'lib', 'helper.ts'), 'export const a = 1;\n');
    const seen: string[] = [];
    let saw!: () => void;
    const changed = new Promise<void>((resolve) => (saw = resolve));
    watcher = watchFolder(folder, (path) => {
      seen.push(path);
      if (path.endsWith('helper.ts')) saw();
    });
    await watcher.ready;
    writeFileSync(join(folder, 'node_modules', 'dep.js'), 'x');
    writeFileSync(join(folder, 'lib', 'helper.ts'), 'export const a = 2;\n');
    await changed;
    expect(seen).toEqual([join(folder, 'lib', 'helper.ts')]);
  });
});
