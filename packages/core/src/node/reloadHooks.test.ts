import { describe, expect, it } from 'vitest';
import { initialize, resolve, versionedUrl } from './reloadHooks.js';

const ROOT = 'file:///work/app/';

describe('reload hooks', () => {
  it("passes the importer's reload version on to project modules under the watched folder", () => {
    expect(versionedUrl('file:///work/app/lib/helper.ts', 'file:///work/app/app.ts?lit-ui-reload=3', ROOT)).toBe(
      'file:///work/app/lib/helper.ts?lit-ui-reload=3',
    );
    expect(versionedUrl('file:///work/app/data.json?x=1', 'file:///work/app/app.ts?lit-ui-reload=4', ROOT)).toBe(
      'file:///work/app/data.json?x=1&lit-ui-reload=4',
    );
  });

  it('leaves packages, files outside the folder, and imports from unversioned modules alone', () => {
    const parent = 'file:///work/app/app.ts?lit-ui-reload=3';
    expect(versionedUrl('file:///work/app/node_modules/lib/index.js', parent, ROOT)).toBe('file:///work/app/node_modules/lib/index.js');
    expect(versionedUrl('file:///work/packages/core/dist/index.js', parent, ROOT)).toBe('file:///work/packages/core/dist/index.js');
    expect(versionedUrl('node:fs', parent, ROOT)).toBe('node:fs');
    expect(versionedUrl('file:///work/app/helper.ts', 'file:///work/app/server.ts', ROOT)).toBe('file:///work/app/helper.ts');
    expect(versionedUrl('file:///work/app/helper.ts', undefined, ROOT)).toBe('file:///work/app/helper.ts');
  });

  it('resolve() versions what the rest of the chain resolved', async () => {
    initialize({ root: ROOT });
    const next = (specifier: string) => ({ url: new URL(specifier, ROOT).href, format: 'module' });
    await expect(resolve('./helper.js', { parentURL: `${ROOT}app.ts?lit-ui-reload=2` }, next)).resolves.toEqual({
      url: `${ROOT}helper.js?lit-ui-reload=2`,
      format: 'module',
    });
    const untouched = await resolve('./helper.js', { parentURL: `${ROOT}app.ts` }, next);
    expect(untouched.url).toBe(`${ROOT}helper.js`);
  });
});
