// The docs gate of CI: regenerates the API reference (TypeDoc → docs/api/), then fails when
// - a public member has no TSDoc and is not in docs/api-undocumented.txt (the list only shrinks: a member that
//   gained docs must leave it too; `--update-baseline` rewrites it),
// - TypeDoc reports any other problem (a broken {@link}, a link to something not in the reference),
// - docs/api/ differed from what TypeDoc generates (run `npm run docs` and commit it),
// - a relative link in README.md, packages/*/README.md, docs/**/*.md points at a missing file or heading.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baselineFile = join(root, 'docs', 'api-undocumented.txt');
const updateBaseline = process.argv.includes('--update-baseline');
/** @type {string[]} */
const problems = [];

// 1. TypeDoc, with its validation warnings.
// TypeDoc's log goes to a file: writes to a pipe may be lost when TypeDoc exits, writes to a file are synchronous.
const logFile = join(mkdtempSync(join(tmpdir(), 'lit-ui-docs-')), 'typedoc.log');
const logFd = openSync(logFile, 'w');
const typedoc = spawnSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc')], {
  cwd: root,
  stdio: ['ignore', logFd, logFd],
});
closeSync(logFd);
/** Terminal colors TypeDoc puts around its levels. */
const colors = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const output = readFileSync(logFile, 'utf8').replace(colors, '');
if (typedoc.status !== 0) problems.push(`typedoc failed:\n${output}`);
/** @type {Set<string>} */
const undocumented = new Set();
for (const line of output.split('\n')) {
  const missing = /^\[warning\] (.+), defined in (.+), does not have any documentation$/.exec(line);
  if (missing) undocumented.add(`${missing[1]} — ${missing[2]}`);
  else if (line.startsWith('[warning]') && !/^\[warning\] Found \d+ errors and \d+ warnings$/.test(line)) problems.push(`typedoc: ${line.slice(10)}`);
  else if (line.startsWith('[error]')) problems.push(`typedoc: ${line.slice(8)}`);
}
const baseline = existsSync(baselineFile)
  ? readFileSync(baselineFile, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
  : [];
if (updateBaseline) {
  const header =
    '# Public members without TSDoc, as TypeDoc names them. This list only shrinks: `npm run docs:check` fails on\n# any member missing here, and on any member listed here that is now documented.\n';
  writeFileSync(baselineFile, header + [...undocumented].sort().join('\n') + '\n');
} else {
  for (const member of undocumented) if (!baseline.includes(member)) problems.push(`undocumented public member: ${member}`);
  for (const member of baseline) if (!undocumented.has(member)) problems.push(`documented now, remove it from docs/api-undocumented.txt: ${member}`);
}

// 2. The checked-in reference is what TypeDoc generates.
const status = spawnSync('git', ['status', '--porcelain', '--', 'docs/api'], { cwd: root, encoding: 'utf8' });
if (status.status === 0 && status.stdout.trim() !== '') {
  problems.push(`docs/api/ is not current (run \`npm run docs\` and commit it):\n${status.stdout.trimEnd()}`);
}

// 3. Relative links and their #headings.
/** @param {string} dir @returns {string[]} */
const markdownUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownUnder(path) : name.endsWith('.md') ? [path] : [];
  });
const packages = readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'README.md'));
const files = [join(root, 'README.md'), ...packages.filter((p) => existsSync(p)), ...markdownUnder(join(root, 'docs'))];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. @param {string} heading */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/[`*~]/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
/** @type {Map<string, Set<string>>} */
const anchorCache = new Map();
/** @param {string} file */
function anchorsOf(file) {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  anchors = new Set();
  /** @type {Map<string, number>} */
  const counts = new Map();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading?.[1] !== undefined) {
      const base = slug(heading[1]);
      const n = counts.get(base) ?? 0;
      counts.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) if (m[1] !== undefined) anchors.add(m[1]);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

for (const file of files) {
  let fenced = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return;
      const text = line.replace(/`[^`]*`/g, '');
      for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        const href = m[1] ?? '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
        const [pathPart = '', anchor] = href.split('#');
        const target = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
        const where = `${relative(root, file)}:${i + 1}`;
        if (!existsSync(target)) problems.push(`${where}: broken link ${href}`);
        else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(decodeURIComponent(anchor).toLowerCase())) {
          problems.push(`${where}: no heading #${anchor} in ${relative(root, target)}`);
        }
      }
    });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`docs check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `docs check: reference current, ${undocumented.size} undocumented member(s) (all in the shrinking baseline), links of ${files.length} files resolve`,
);
