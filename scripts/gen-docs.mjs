// npm run docs: regenerate docs/rules.md, docs/assessment.schema.json and the field table of
// docs/assessment-format.md. The generator is TypeScript (scripts/gen-docs.ts) and Node 20 cannot run
// TypeScript, so vitest runs the docs test in update mode; the same test fails in CI when a file is stale.
// The generator lives in tests/unit/domain/docs-gen.ts: it uses dev dependencies and never ships.
import { spawnSync } from 'node:child_process';

// Never recurse: this script must not run inside the vitest run it starts.
if (process.env.VITEST) process.exit(0);

const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/domain/docs.test.ts', '-t', 'generated documents'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_DOCS: '1' },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
