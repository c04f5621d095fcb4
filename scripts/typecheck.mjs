// Type-checks every TypeScript project of the monorepo, tests included: each `references` entry of the root
// solution file (tsconfig.json) gets its own `tsc -p`, two at a time. Packages import each other's built `.d.ts`,
// so run `npm run build` first. Exits non-zero when any project has an error.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Reads a tsconfig file, comments allowed.
 * @param {string} file
 * @returns {unknown}
 */
const readConfig = (file) => ts.readConfigFile(file, (path) => ts.sys.readFile(path)).config;
const solution = /** @type {{ references: { path: string }[] }} */ (readConfig(join(root, 'tsconfig.json')));
const projects = solution.references.map((reference) => reference.path);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Runs `tsc -p project` and resolves to its output and exit code.
 * @param {string} project
 * @returns {Promise<{ project: string, code: number | null, output: string }>}
 */
function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('close', (code) => resolve({ project, code, output }));
  });
}

const queue = [...projects];
/** @type {string[]} */
const failed = [];
async function worker() {
  for (let project = queue.shift(); project !== undefined; project = queue.shift()) {
    const result = await check(project);
    process.stdout.write(`${result.code === 0 ? 'ok  ' : 'FAIL'} ${project}\n${result.output}`);
    if (result.code !== 0) failed.push(project);
  }
}
await Promise.all([worker(), worker()]);
if (failed.length > 0) {
  console.error(`typecheck failed in ${failed.length} of ${projects.length} projects: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`typecheck: ${projects.length} projects, no errors`);
