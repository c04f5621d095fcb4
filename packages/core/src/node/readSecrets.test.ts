import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest's asymmetric matchers are typed any */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSecrets, readSecretsFile } from './readSecrets.js';

const TOML = `api_key = "sk-1"\n\n[db]\nhost = "localhost"\nport = 5432\n`;
const dirs: string[] = [];
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'lit-ui-secrets-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readSecretsFile and loadSecrets', () => {
  it('parses a secrets.toml, by path or file URL', () => {
    const file = join(dir(), 'secrets.toml');
    writeFileSync(file, TOML);
    expect(readSecretsFile(file)).toEqual({ api_key: 'sk-1', db: { host: 'localhost', port: 5432 } });
    expect(readSecretsFile(pathToFileURL(file))).toEqual(readSecretsFile(file));
  });

  it('invalid TOML is InvalidSecrets naming the file and line, never the values', () => {
    const file = join(dir(), 'secrets.toml');
    writeFileSync(file, 'password = "hunter2"\nbroken = \n');
    expect(() => readSecretsFile(file)).toThrow(expect.objectContaining({ code: 'InvalidSecrets', message: expect.stringMatching(/line 2/) }));
    expect(() => readSecretsFile(file)).not.toThrow(/hunter2/);
    expect(() => readSecretsFile(join(dir(), 'missing.toml'))).toThrow(
      expect.objectContaining({ code: 'InvalidSecrets', message: expect.stringMatching(/ENOENT/) }),
    );
  });

  it('finds .lit-ui/secrets.toml before .streamlit/secrets.toml; an object option wins; none gives {}', () => {
    const cwd = dir();
    expect(loadSecrets(undefined, cwd)).toEqual({});
    mkdirSync(join(cwd, '.streamlit'));
    writeFileSync(join(cwd, '.streamlit', 'secrets.toml'), 'from = "streamlit"\n');
    expect(loadSecrets(undefined, cwd)).toEqual({ from: 'streamlit' });
    mkdirSync(join(cwd, '.lit-ui'));
    writeFileSync(join(cwd, '.lit-ui', 'secrets.toml'), 'from = "lit-ui"\n');
    expect(loadSecrets(undefined, cwd)).toEqual({ from: 'lit-ui' });
    expect(loadSecrets({ from: 'option' }, cwd)).toEqual({ from: 'option' });
    expect(loadSecrets(join(cwd, '.streamlit', 'secrets.toml'), cwd)).toEqual({ from: 'streamlit' });
  });
});
