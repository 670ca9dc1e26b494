// A committed validation of a digital service (tests/fixtures/digital-service/<name>.json), read through the
// kind's own parser so a fixture that no longer parses fails the test that uses it, with the parser's words.
import { readFileSync } from 'node:fs';
import { parseDocument, type ServiceDoc } from '../../src/assessments/digital-service/schema';

export function serviceFixture(name: string): ServiceDoc {
  const parsed = parseDocument(JSON.parse(readFileSync(new URL(`../fixtures/digital-service/${name}.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.join('; ')}`);
  return parsed.doc;
}
