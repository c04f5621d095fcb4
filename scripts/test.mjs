// Runs every test of the monorepo and ends with one plain line "N passed, M failed":
// the build (unless LIT_UI_SKIP_BUILD=1), every vitest project (unit, integration, browser e2e),
// and the shared acceptance samples when ../shared/acceptance exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.lit-ui-test');
mkdirSync(out, { recursive: true });
/**
 * Runs a command from the repo root with inherited stdio.
 * @param {string} cmd
 * @param {string[]} args
 */
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
/**
 * Runs a command from the repo root and captures its output as text.
 * @param {string} cmd
 * @param {string[]} args
 */
const capture = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'pipe', encoding: 'utf8' });

if (process.env.LIT_UI_SKIP_BUILD !== '1') {
  const build = run('npm', ['run', 'build']);
  if (build.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

let passed = 0;
let failed = 0;

/**
 * Parses a JSON file.
 * @param {string} file
 * @returns {unknown}
 */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const report = join(out, 'vitest.json');
const extra = process.argv.slice(2);
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
if (existsSync(report)) {
  const results = /** @type {{ numPassedTests: number, numFailedTests: number, numTotalTestSuites: number, success: boolean }} */ (readJson(report));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numTotalTestSuites > 0 && results.success === false && results.numFailedTests === 0 ? 1 : 0);
} else {
  failed += 1;
}

const acceptance = resolve(root, '../shared/acceptance');
if (existsSync(join(acceptance, 'run.mjs')) && extra.length === 0) {
  const cases = join(acceptance, 'sample-cases.mjs');
  const result = capture('node', [join(acceptance, 'run.mjs'), '.', cases]);
  process.stdout.write(result.stdout ?? '');
  const match = /(\d+) passed, (\d+) failed/.exec(result.stdout ?? '');
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  } else failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
