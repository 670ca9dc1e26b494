// The committed fixtures are the builders' output, and each one ends in the outcome its scenario describes.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate } from '../../../src/assessments/camera/domain';
import { FIXTURES, toFixtureJson } from '../../fixtures/build';
import { FIXTURE_DIR, TODAY, loadFixture } from './helpers';

const update = process.env.UPDATE_FIXTURES === '1';

describe('committed fixtures', () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    it(`${name}.json is what its builder makes`, () => {
      const path = `${FIXTURE_DIR}${name}.json`;
      const json = toFixtureJson(build());
      if (update) writeFileSync(path, json);
      expect(readFileSync(path, 'utf8'), 'stale: run UPDATE_FIXTURES=1 npx vitest run tests/unit/domain/fixtures.test.ts').toBe(json);
    });
  }

  it('keeps a v1 file forever (written once, never rebuilt)', () => {
    const path = `${FIXTURE_DIR}v1/facade-night.json`;
    if (update && !existsSync(path)) {
      mkdirSync(`${FIXTURE_DIR}v1`, { recursive: true });
      writeFileSync(path, toFixtureJson(FIXTURES['facade-night']!()));
    }
    expect(existsSync(path)).toBe(true);
  });
});

const outcome = (name: string) => evaluate(loadFixture(name), defaultPolicy, TODAY);

describe('fixture outcomes', () => {
  it('a facade filmed at night against break-ins: the principal decides', () => {
    const ev = outcome('facade-night');
    expect(ev.outcome).toBe('principal-decides');
    expect(ev.signoffKind).toBe('decision');
    expect(ev.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(ev.explanation.sv).toContain('Du kan besluta om kamerabevakning för kamera 1 och 2.');
  });

  it('50 cameras in corridors and stairwells 24/7: escalated to the school owner', () => {
    const ev = outcome('aspudden-50-cameras');
    expect(['escalate', 'blocked']).toContain(ev.outcome);
    expect(ev.findings.filter((f) => f.ruleId === 'KB-H10-school-hours-indoor')).toHaveLength(50);
    expect(ev.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['KB-S08-many-cameras', 'KB-S10-no-masking', 'KB-S05-retention-over-policy']));
  });

  it('the public schoolyard in the evening: central review, with warnings', () => {
    const ev = outcome('schoolyard-evening');
    expect(ev.outcome).toBe('central-review');
    expect(ev.signoffKind).toBe('review-request');
    expect(ev.dpiaIndicated).toBe(true);
    expect(ev.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['KB-S04-schoolyard-evening', 'KB-S02-beyond-facade-hours']));
  });

  it('a camera in a changing room: blocked, and the explanation names it', () => {
    const ev = outcome('changing-room');
    expect(ev.outcome).toBe('blocked');
    expect(ev.signoffKind).toBeNull();
    expect(ev.cameraOutcomes).toEqual([
      { cameraId: 'cam-1', outcome: 'principal-decides' },
      { cameraId: 'cam-2', outcome: 'principal-decides' },
      { cameraId: 'cam-3', outcome: 'blocked' },
    ]);
    expect(ev.explanation.sv).toContain('Du kan besluta om kamerabevakning för kamera 1 och 2.');
    expect(ev.explanation.sv).toContain('Kamera 3 får inte användas eftersom den filmar ett omklädningsrum.');
  });

  it('no incidents and nothing tried: try other measures first', () => {
    const ev = outcome('nothing-tried');
    expect(ev.outcome).toBe('try-other-measures');
    expect(ev.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['KB-H05-undocumented-need', 'KB-H05-no-alternatives']));
  });

  it('an independent school whose DPO has not confirmed the legal basis: a warning', () => {
    const ev = outcome('independent-unconfirmed');
    expect(ev.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['KB-S16-independent-basis-unconfirmed', 'warn']);
    expect(ev.outcome).toBe('principal-decides');
  });

  it('the reference school with 8 cameras and 20 incidents: the principal decides', () => {
    const ev = outcome('reference-8-cameras');
    expect(ev.outcome).toBe('principal-decides');
    expect(ev.cameraOutcomes).toHaveLength(8);
  });

  it('the stress case restores and evaluates', () => {
    const a = loadFixture('stress-60-cameras');
    expect(a.cameras).toHaveLength(60);
    expect(a.problem.incidents).toHaveLength(300);
    expect(evaluate(a, defaultPolicy, TODAY).cameraOutcomes).toHaveLength(60);
  });

  it('the v1 file still restores and decides as it did', () => {
    expect(evaluate(loadFixture('v1/facade-night'), defaultPolicy, TODAY).outcome).toBe('principal-decides');
  });
});
