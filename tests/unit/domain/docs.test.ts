// The published documents are generated from the code and committed: this test fails when one is stale
// (run `npm run docs`), and checks every fixture against the committed JSON Schema with ajv.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { rulebook } from '../../../src/assessments/camera/domain';
import { otherKinds, renderFormat, renderKindSchema, renderRules, renderSchema } from './docs-gen';
import { allFixtureFiles, clone } from './helpers';

const DOCS = fileURLToPath(new URL('../../../docs/', import.meta.url));
const update = process.env.UPDATE_DOCS === '1';

function checkDoc(name: string, render: (current: string) => string): void {
  const path = `${DOCS}${name}`;
  const current = readFileSync(path, 'utf8');
  const fresh = render(current);
  if (update && fresh !== current) writeFileSync(path, fresh);
  expect(readFileSync(path, 'utf8'), `docs/${name} is stale: run npm run docs`).toBe(fresh);
}

describe('generated documents', () => {
  it('docs/rules.md lists the current rulebook', () => checkDoc('rules.md', renderRules));
  it('docs/assessment.schema.json is the current schema', () => checkDoc('assessment.schema.json', renderSchema));
  it('docs/assessment-format.md has the current field table', () => checkDoc('assessment-format.md', renderFormat));
  it.each(otherKinds().map((k) => [k.id, k] as const))('docs/%s.schema.json is the current schema of that kind', (id, kind) =>
    checkDoc(`${id}.schema.json`, () => renderKindSchema(kind)),
  );

  it('docs/rules.md names every rule with its source', () => {
    const md = readFileSync(`${DOCS}rules.md`, 'utf8');
    for (const rule of rulebook) {
      expect(md).toContain(rule.id);
      if (rule.source.url) expect(md).toContain(rule.source.url);
    }
    for (const kind of otherKinds()) for (const rule of kind.rules) expect(md).toContain(`\`${rule.id}\``);
  });
});

describe('the published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(`${DOCS}assessment.schema.json`, 'utf8')) as object;
  const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

  it.each(allFixtureFiles())('accepts fixture %s', (_name, json) => {
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the app would refuse', () => {
    const [, json] = allFixtureFiles()[0]!;
    const bad = clone(json) as { cameras: { sound: string }[]; school: { decisionDate: string } };
    bad.cameras[0]!.sound = 'kanske';
    expect(validate(bad)).toBe(false);
    const badDate = clone(json) as { school: { decisionDate: string } };
    badDate.school.decisionDate = '15/9/2026';
    expect(validate(badDate)).toBe(false);
  });
});
