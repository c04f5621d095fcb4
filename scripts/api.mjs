// API reports of every package's public entries, with @microsoft/api-extractor over the built .d.ts.
//   npm run api            checks: fails when a public surface changed and its report was not updated,
//                          or when a public declaration refers to a type its entry does not export
//   npm run api -- --update  rewrites the reports (commit them with the change)
// Reports: packages/<package>/api/<package>[.<entry>].api.md. Run after `npm run build`.
//
// "Internal type leaks" are api-extractor's ae-forgotten-export: a public declaration naming a type that no
// entry exports. A type exported by another public entry of the same package (a protocol type in a
// `@lit-ui/core` signature, exported by `@lit-ui/core/protocol`) is public, not a leak.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');
/** Every workspace package under packages/ (the published ones). */
const packages = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .workspaces.filter((workspace) => workspace.startsWith('packages/'))
  .map((workspace) => workspace.slice('packages/'.length));
const tempFolder = join(root, '.lit-ui-test', 'api');
mkdirSync(tempFolder, { recursive: true });

/** Every entry of a package's `exports` map that has types: `[subpath, .d.ts path]`. */
function entries(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([subpath, target]) => [subpath, join(packageDir, target.types)]);
}

/** Every name the package's public entries export. */
function publicNames(packageDir) {
  const files = entries(packageDir).map(([, dts]) => dts);
  const program = ts.createProgram(files, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
  const checker = program.getTypeChecker();
  const names = new Set();
  for (const file of files) {
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) names.add(exported.name);
  }
  return names;
}

let failed = 0;
for (const name of packages) {
  const packageDir = join(root, 'packages', name);
  const exportedSomewhere = publicNames(packageDir);
  for (const [subpath, dts] of entries(packageDir)) {
    mkdirSync(join(packageDir, 'api'), { recursive: true });
    const reportName = subpath === '.' ? name : `${name}.${subpath.slice(2).replace(/\//g, '.')}`;
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: packageDir,
        mainEntryPointFilePath: dts,
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: 'ES2022',
              module: 'ESNext',
              moduleResolution: 'Bundler',
              lib: ['ES2023', 'DOM', 'DOM.Iterable'],
              strict: true,
              skipLibCheck: true,
              types: [],
            },
            files: [dts],
          },
        },
        apiReport: { enabled: true, reportFolder: join(packageDir, 'api'), reportTempFolder: tempFolder, reportFileName: reportName },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: 'error' } },
          extractorMessageReporting: {
            default: { logLevel: 'warning' },
            // A public declaration that names a type its entry does not export: an internal type leaking out.
            'ae-forgotten-export': { logLevel: 'error', addToApiReportFile: false },
            // lit-ui does not tag release stages; everything an entry exports is public.
            'ae-missing-release-tag': { logLevel: 'none' },
            'ae-internal-missing-underscore': { logLevel: 'none' },
            // Documentation coverage and links are checked by the API reference build, not here.
            'ae-undocumented': { logLevel: 'none' },
            'ae-unresolved-link': { logLevel: 'none' },
          },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(packageDir, 'package.json'),
    });
    const result = Extractor.invoke(config, {
      localBuild: update,
      showVerboseMessages: false,
      messageCallback(message) {
        const symbol = /The symbol "([^"]+)"/.exec(message.text)?.[1];
        if (message.messageId === 'ae-forgotten-export' && symbol !== undefined && exportedSomewhere.has(symbol)) {
          message.logLevel = 'none';
          message.handled = true;
        }
      },
    });
    const label = `${name}${subpath === '.' ? '' : subpath.slice(1)}`;
    if (result.succeeded) {
      console.log(`api: ${label} ${result.apiReportChanged ? 'report updated' : 'unchanged'}`);
    } else {
      failed += 1;
      console.error(
        `api: ${label} failed (${result.errorCount} errors, ${result.warningCount} warnings)` +
          (result.apiReportChanged && !update ? ': the public API changed; run `npm run api -- --update` and commit the report' : ''),
      );
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
