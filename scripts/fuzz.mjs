// Protocol fuzzing at depth: the property of packages/core/src/runtime/protocolFuzz.test.ts with
// 100,000 generated BackMsg sequences (CI runs 10,000). `npm run fuzz -- 250000` runs more.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.argv[2] ?? '100000';
const result = spawnSync('npx', ['vitest', 'run', '--project', 'core', 'packages/core/src/runtime/protocolFuzz.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LIT_UI_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
