// The brief's scenarios as stored fixtures, read the way an imported file would be: through the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument, type ServiceDoc } from '../../../../src/assessments/digital-service/schema';

const DIR = new URL('../../../fixtures/digital-service/', import.meta.url);

export const TODAY = '2026-12-04';

export const loadFixture = (name: string): ServiceDoc => {
  const parsed = parseDocument(JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.join('; ')}`);
  return parsed.doc;
};

export const fixtureNames = (): string[] =>
  readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();

export const allFixtures = (): ServiceDoc[] => fixtureNames().map(loadFixture);
