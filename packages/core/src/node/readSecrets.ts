import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TomlError } from 'smol-toml';
import { ErrorCode, LitUiError } from '../errors.js';

/** Where the adapters look for secrets without an explicit `secrets` option, relative to the working directory, first found wins. */
export const DEFAULT_SECRETS_FILES: readonly string[] = ['.lit-ui/secrets.toml', '.streamlit/secrets.toml'];

/**
 * Reads and parses one `secrets.toml` (TOML, parsed by smol-toml) into the object the runtime option
 * `secrets` takes.
 * @param file - A path (relative to the working directory) or a `file:` URL.
 * @returns The file's keys and tables (TOML dates as `Date`).
 * @throws LitUiError `InvalidSecrets` when the file cannot be read or is not valid TOML (naming the file and
 *   the line; never the values).
 * @example const ui = liteUi(app, { secrets: readSecretsFile('config/secrets.toml') });
 */
export function readSecretsFile(file: string | URL): Record<string, unknown> {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LitUiError(
      ErrorCode.InvalidSecrets,
      `Could not read the secrets file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    );
  }
  try {
    return parse(text);
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    throw new LitUiError(ErrorCode.InvalidSecrets, `The secrets file ${path} is not valid TOML${where}.`);
  }
}

/**
 * The secrets an adapter hands its runtime: the `secrets` option when given (an object, or the path of a TOML
 * file), else the first of {@link DEFAULT_SECRETS_FILES} found under `cwd`, else `{}` (as Streamlit reads
 * `.streamlit/secrets.toml` of its working directory).
 * @throws LitUiError `InvalidSecrets` for a file that cannot be read or parsed.
 * @example const secrets = loadSecrets(options.secrets);
 */
export function loadSecrets(
  secrets?: Readonly<Record<string, unknown>> | string | URL,
  cwd: string = process.cwd(),
): Readonly<Record<string, unknown>> {
  if (typeof secrets === 'string' || secrets instanceof URL) return readSecretsFile(secrets);
  if (secrets !== undefined) return secrets;
  const found = DEFAULT_SECRETS_FILES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  return found === undefined ? {} : readSecretsFile(found);
}
