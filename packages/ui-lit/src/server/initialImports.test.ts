// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInitialImports, readInitialImports, staticImportsOf } from './initialImports.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lit-ui-imports-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('initial imports of the bundle', () => {
  it('reads static imports and re-exports of minified modules, not dynamic ones', () => {
    const code = 'import"./a.js";import{b as c}from"./b.js";export*from"./c.js";const l=()=>import("./lazy.js");';
    expect(staticImportsOf(code)).toEqual(['./a.js', './b.js', './c.js']);
  });

  it('walks client.js transitively, each file once, and skips files that are missing', async () => {
    await writeFile(join(dir, 'client.js'), 'import"./chunk-A.js";import{x}from"./chunk-B.js";import("./chunk-LAZY.js");');
    await writeFile(join(dir, 'chunk-A.js'), 'import"./chunk-B.js";import"./chunk-C.js";');
    await writeFile(join(dir, 'chunk-B.js'), 'export const x=1;');
    expect(await readInitialImports(dir)).toEqual(['chunk-A.js', 'chunk-B.js', 'chunk-C.js']);
  });

  it('reads again when client.js changes, and gives none without it', async () => {
    const initial = createInitialImports(dir);
    expect(await initial()).toEqual([]);
    await writeFile(join(dir, 'client.js'), 'import"./chunk-A.js";');
    expect(await initial()).toEqual(['chunk-A.js']);
    await writeFile(join(dir, 'client.js'), 'import"./chunk-A.js";import"./chunk-Z.js";');
    expect(await initial()).toEqual(['chunk-A.js', 'chunk-Z.js']);
  });
});
