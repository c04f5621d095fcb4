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
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import ts from 'typescript';
import { z } from 'zod';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');
/** What this script reads of the root package.json. */
const RootManifest = z.object({ workspaces: z.array(z.string()) });
/** What this script reads of a package's package.json: its `exports` map (a target is a path or conditions). */
const PackageManifest = z.object({ exports: z.record(z.string(), z.union([z.string(), z.object({ types: z.string().optional() })])) });
/**
 * Reads and parses a package.json.
 * @template {z.ZodType} Schema
 * @param {string} file
 * @param {Schema} schema
 * @returns {z.infer<Schema>}
 */
const readManifest = (file, schema) => schema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** Every workspace package under packages/ (the published ones). */
const packages = readManifest(join(root, 'package.json'), RootManifest)
  .workspaces.filter((workspace) => workspace.startsWith('packages/'))
  .map((workspace) => workspace.slice('packages/'.length));
const tempFolder = join(root, '.lit-ui-test', 'api');
mkdirSync(tempFolder, { recursive: true });

/**
 * Every entry of a package's `exports` map that has types.
 * @param {string} packageDir
 * @returns {{ subpath: string, dts: string }[]}
 */
function entries(packageDir) {
  const manifest = readManifest(join(packageDir, 'package.json'), PackageManifest);
  return Object.entries(manifest.exports).flatMap(([subpath, target]) =>
    typeof target === 'object' && target.types ? [{ subpath, dts: join(packageDir, target.types) }] : [],
  );
}

/**
 * Every name the package's public entries export.
 * @param {string} packageDir
 * @returns {Set<string>}
 */
function publicNames(packageDir) {
  const files = entries(packageDir).map((entry) => entry.dts);
  const program = ts.createProgram(files, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
  const checker = program.getTypeChecker();
  /** @type {Set<string>} */
  const names = new Set();
  for (const file of files) {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) names.add(exported.name);
  }
  return names;
}

let failed = 0;
for (const name of packages) {
  const packageDir = join(root, 'packages', name);
  const exportedSomewhere = publicNames(packageDir);
  for (const { subpath, dts } of entries(packageDir)) {
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
          compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
          extractorMessageReporting: {
            default: { logLevel: ExtractorLogLevel.Warning },
            // A public declaration that names a type its entry does not export: an internal type leaking out.
            'ae-forgotten-export': { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
            // lit-ui does not tag release stages; everything an entry exports is public.
            'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
            'ae-internal-missing-underscore': { logLevel: ExtractorLogLevel.None },
            // Documentation coverage and links are checked by the API reference build, not here.
            'ae-undocumented': { logLevel: ExtractorLogLevel.None },
            'ae-unresolved-link': { logLevel: ExtractorLogLevel.None },
          },
          tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
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
          message.logLevel = ExtractorLogLevel.None;
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
