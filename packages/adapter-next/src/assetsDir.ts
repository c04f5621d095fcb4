import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientAssetsDir } from '@lit-ui/ui-lit/assets';

/**
 * The browser bundle's directory. Unbundled (`@lit-ui/ui-lit` in Next's
 * `serverExternalPackages`, installed from npm), it is `clientAssetsDir`,
 * next to ui-lit's own module. When Next bundled ui-lit into its server
 * output anyway (a monorepo's workspace packages are always bundled), that
 * URL points into `.next`: the package is then found by Node's resolution
 * from the app's directory (`process.cwd()`), as `next start` runs there.
 *
 * @returns A directory path or URL; `clientAssetsDir` when nothing better is found.
 */
export function defaultAssetsDir(): URL | string {
  if (existsSync(fileURLToPath(clientAssetsDir))) return clientAssetsDir;
  try {
    const fromApp = createRequire(join(process.cwd(), 'package.json'));
    const dir = join(dirname(fromApp.resolve('@lit-ui/ui-lit/assets')), 'browser');
    return existsSync(dir) ? dir : clientAssetsDir;
  } catch {
    return clientAssetsDir;
  }
}
