// Shared test helpers: reading the committed fixtures through restore(), as the app would.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { restore } from '../../../src/assessments/camera/domain';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const TODAY = '2026-11-23';

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function loadFixture(name: string): Assessment {
  const result = restore(readJson(`${FIXTURE_DIR}${name}.json`));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Every committed fixture file, released versions included, as [relative path, parsed JSON]. */
export function allFixtureFiles(): [string, unknown][] {
  const top = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json'));
  const versions = readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^v\d+$/.test(d.name))
    .flatMap((d) => readdirSync(`${FIXTURE_DIR}${d.name}`).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`));
  return [...top, ...versions].map((f) => [f, readJson(`${FIXTURE_DIR}${f}`)]);
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
