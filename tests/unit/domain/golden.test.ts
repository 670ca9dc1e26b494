// Every committed assessment fixture evaluates exactly as its frozen golden file says, byte for byte: the
// proof that a refactor changed nothing a principal, the PDF or the administration would see.
// A missing golden is written by UPDATE_GOLDEN=1; an existing one is never rewritten by a tool. To accept a
// deliberate change in what the rules say, delete that golden, regenerate it and explain why in the commit.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, restore } from '../../../src/assessments/camera/domain';
import { goldenName, goldenOf, goldenText } from '../../fixtures/golden/golden';
import { allFixtureFiles } from './helpers';

const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

const isAssessment = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'kamerabedomning/assessment';

const assessments = allFixtureFiles().filter(([, raw]) => isAssessment(raw));

describe('golden evaluations', () => {
  it('there is at least one fixture of each kind (top level and a released version)', () => {
    expect(assessments.some(([f]) => !f.includes('/'))).toBe(true);
    expect(assessments.some(([f]) => f.startsWith('v1/'))).toBe(true);
  });

  for (const [fixture, raw] of assessments) {
    it(`${fixture} evaluates as its golden file says`, () => {
      const restored = restore(raw);
      if (!restored.ok) throw new Error(`${fixture} no longer restores: ${JSON.stringify(restored.problems)}`);
      const path = `${GOLDEN_DIR}${goldenName(fixture)}`;
      const text = goldenText(goldenOf(fixture, restored.value, defaultPolicy));
      if (!existsSync(path) && update) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
      expect(existsSync(path), `no golden for ${fixture}: run UPDATE_GOLDEN=1 npx vitest run tests/unit/domain/golden.test.ts`).toBe(true);
      expect(text).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('every golden file belongs to a fixture that still exists', () => {
    const goldens = (dir: string, prefix = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? goldens(`${dir}${d.name}/`, `${prefix}${d.name}/`) : d.name.endsWith('.golden.json') ? [`${prefix}${d.name}`] : [],
      );
    const expected = assessments.map(([f]) => goldenName(f)).sort();
    expect(goldens(GOLDEN_DIR).sort()).toEqual(expected);
  });
});
