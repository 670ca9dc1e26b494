// What changed since the last decision: cameras added, removed, moved and changed, new incidents,
// measures and data handling, in the principal's words and in wizard order.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Change } from '../../../../src/assessments/camera/domain';
import { STEP_IDS, diffAssessments, isMove, newCamera, newIncident, newMeasure, nextVersion } from '../../../../src/assessments/camera/domain';
import { loadFixture } from '../helpers';
import { editCamera, sign } from './chain';

const NOW = new Date('2027-09-01T09:00:00Z');
let v1: Assessment;
let v2: Assessment;

beforeAll(async () => {
  v1 = await sign(loadFixture('facade-night'), '2026-09-15');
  v2 = nextVersion(v1, 'v2', NOW);
});

const only = (changes: Change[], field: string): Change => {
  const found = changes.filter((c) => c.field === field);
  expect(found, field).toHaveLength(1);
  return found[0]!;
};

describe('diffAssessments', () => {
  it('finds nothing in a new version nobody has touched (bookkeeping, decision and signature are ignored)', () => {
    const reordered = { ...v2, justifications: {}, revision: 7, step: 'data' as const, updatedAt: '2027-09-02T10:00:00.000Z' };
    expect(diffAssessments(v1, reordered)).toEqual([]);
  });

  it('ignores the order of the answers to warnings but not their text', () => {
    const before = { ...v1, justifications: { 'KB-S08-many-cameras': 'a', 'KB-S10-no-masking:cam-1': 'b' } };
    const after = { ...v2, justifications: { 'KB-S10-no-masking:cam-1': 'b', 'KB-S08-many-cameras': 'a' } };
    expect(diffAssessments(before, after)).toEqual([]);
    const changed = diffAssessments(before, { ...after, justifications: { ...after.justifications, 'KB-S10-no-masking:cam-1': 'c' } });
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ kind: 'changed', cameraId: 'cam-1', before: { sv: 'b' }, after: { sv: 'c' } });
    expect(changed[0]!.label.sv).toMatch(/^Kamera 1: svar på varningen ”Kameran/);
  });

  it('names a camera added, with its place, kind of area and hours', () => {
    const camera = { ...newCamera('cam-3', 2), name: 'Entrékameran', location: 'Huvudentrén', areaKind: 'entrance' as const };
    camera.hours = { ...v1.cameras[0]!.hours };
    const [change] = diffAssessments(v1, { ...v2, cameras: [...v2.cameras, camera] });
    expect(change).toEqual({
      kind: 'added',
      area: 'cameras',
      cameraId: 'cam-3',
      field: 'cameras.2',
      label: { sv: 'Entrékameran', en: 'Entrékameran' },
      after: { sv: 'Huvudentrén – Huvudentré, Vardagar 20–06, helger 17–07', en: 'Huvudentrén – Main entrance, Weekdays 20–06, weekends 17–07' },
    });
  });

  it('names a camera removed by its place in the previous version', () => {
    const [change] = diffAssessments(v1, { ...v2, cameras: [v2.cameras[1]!] });
    expect(change).toMatchObject({ kind: 'removed', cameraId: 'cam-1', field: 'cameras.0', label: { sv: 'Kamera 1' } });
    expect(change!.before!.sv).toContain('Idrottshallens södra fasad');
  });

  it('reports a move (place or kind of area) with readable words before and after', () => {
    const moved = editCamera(v2, 'cam-2', { location: 'Matsalens fasad', areaKind: 'schoolyard' });
    const changes = diffAssessments(v1, moved);
    const place = only(changes, 'cameras.1.location');
    expect(place).toMatchObject({ kind: 'changed', cameraId: 'cam-2', before: { sv: 'Idrottshallens norra fasad vid förrådet' }, after: { sv: 'Matsalens fasad' } });
    expect(place.label).toEqual({ sv: 'Kamera 2: placering', en: 'Kamera 2: location' });
    expect(only(changes, 'cameras.1.areaKind')).toMatchObject({ before: { sv: 'Fasad', en: 'Facade' }, after: { sv: 'Skolgård', en: 'Schoolyard' } });
    expect(changes.filter(isMove).map((c) => c.field)).toEqual(['cameras.1.location', 'cameras.1.areaKind']);
  });

  it('reports changed hours, mode and masking of a camera in words, not codes', () => {
    const changed = editCamera(v2, 'cam-1', {
      hours: { preset: 'always', windows: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '00:00' }], holidaysAsWeekend: true },
      mode: 'both',
      masking: 'no',
    });
    const changes = diffAssessments(v1, changed);
    expect(only(changes, 'cameras.0.hours')).toMatchObject({
      label: { sv: 'Kamera 1: tider' },
      before: { sv: 'Vardagar 20–06, helger 17–07' },
      after: { sv: 'Alla dagar dygnet runt', en: 'Every day around the clock' },
    });
    expect(only(changes, 'cameras.0.mode')).toMatchObject({ before: { sv: 'Inspelning' }, after: { sv: 'Inspelning och direktövervakning' } });
    expect(only(changes, 'cameras.0.masking')).toMatchObject({ before: { sv: 'Ja' }, after: { sv: 'Nej', en: 'No' } });
    // The masking description no longer applies once masking is off: not a change the principal made.
    expect(changes.every((c) => c.cameraId === 'cam-1')).toBe(true);
  });

  it('does not report an answer in a branch that applies in neither version', () => {
    const hidden = editCamera(v2, 'cam-1', { publicArea: { othersPresent: 'Grannar', othersWhen: 'Kvällar' } });
    expect(diffAssessments(v1, hidden)).toEqual([]);
  });

  it('lists incidents since the last decision: new ones and those dated after it', () => {
    const late = { ...newIncident('inc-late'), date: '2026-09-20', type: 'arson' as const, place: 'Södra fasaden' };
    const previous = { ...v1, problem: { ...v1.problem, incidents: [...v1.problem.incidents, late] } };
    const fresh = { ...newIncident('inc-new'), date: '2027-03-02', time: '01:10', type: 'breakin' as const, place: 'Förrådet', description: 'Dörren uppbruten.' };
    const next = { ...v2, problem: { ...v2.problem, incidents: [...previous.problem.incidents, fresh] } };
    const added = diffAssessments(previous, next).filter((c) => c.kind === 'added');
    expect(added.map((c) => c.field)).toEqual(['problem.incidents.5', 'problem.incidents.6']);
    expect(added[1]).toMatchObject({ area: 'problem', label: { sv: 'Händelse 7' }, after: { sv: '2027-03-02 01:10: Inbrott, Förrådet: Dörren uppbruten.' } });
  });

  it('reports measures and data handling: retention, storage and processor', () => {
    const measure = { ...newMeasure('m-4'), kind: 'fencing' as const, description: 'Högre stängsel', tried: 'yes' as const };
    const next: Assessment = {
      ...v2,
      measures: { ...v2.measures, items: [...v2.measures.items, measure] },
      data: { ...v2.data, retentionHours: 168, storage: 'cloud', processorName: 'Moln AB' },
    };
    const changes = diffAssessments(v1, next);
    expect(changes.map((c) => c.field)).toEqual(['measures.items.3', 'data.retentionHours', 'data.processorName', 'data.storage']);
    expect(changes[0]!.after).toEqual({ sv: 'Stängsel: Högre stängsel', en: 'Fencing: Högre stängsel' });
    expect(changes[1]).toMatchObject({ area: 'data', label: { sv: 'Lagringstid i timmar' }, before: { sv: '72 timmar' }, after: { sv: '168 timmar', en: '168 hours' } });
    expect(changes[3]).toMatchObject({ before: { sv: 'Lokalt' }, after: { sv: 'I molnet' } });
  });

  it('keeps wizard order across steps, with cameras in the order of the new version', async () => {
    const reference = await sign(loadFixture('reference-8-cameras'), '2026-09-15');
    const next = nextVersion(reference, 'ref-2', NOW);
    next.cameras = next.cameras.filter((c) => c.id !== 'cam-3').reverse();
    next.cameras.push({ ...newCamera('cam-9', 8), location: 'Cykelstället' });
    next.cameras = next.cameras.map((c) => (c.id === 'cam-7' ? { ...c, location: 'Taket över idrottshallen' } : c));
    next.consultation = { ...next.consultation, signageDescription: 'Nya skyltar' };
    next.school = { ...next.school, schoolName: 'Lindängsskolan F–9' };
    const changes = diffAssessments(reference, next);
    const steps = changes.map((c) => STEP_IDS.indexOf(c.area));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(changes.map((c) => `${c.kind} ${c.cameraId ?? c.field}`)).toEqual([
      'changed school.schoolName',
      'changed cam-7',
      'added cam-9',
      'removed cam-3',
      'changed consultation.signageDescription',
    ]);
  });
});
