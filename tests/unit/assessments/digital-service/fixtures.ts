// The brief's scenarios as stored fixtures, read the way an imported file would be: through the schema.
import { readdirSync } from 'node:fs';
import type { ServiceDoc } from '../../../../src/assessments/digital-service/schema';
import { serviceFixture } from '../../../support/service-fixture';

export { serviceFixture };

const DIR = new URL('../../../fixtures/digital-service/', import.meta.url);

export const TODAY = '2026-12-04';

export const fixtureNames = (): string[] =>
  readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();

export const allFixtures = (): ServiceDoc[] => fixtureNames().map(serviceFixture);
