import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/assessments/camera/domain';
import type { ListName } from '../../../src/assessments/camera/machine';
import { draft, start, valueAt } from './helpers';

describe('answer.set', () => {
  it('writes the answer into a new document and leaves the old one untouched', () => {
    const w = start();
    const before = w.doc();
    const frozen = structuredClone(before);
    w.send({ type: 'answer.set', path: 'school.schoolName', value: 'Exempelskolan' });
    expect(w.doc().school.schoolName).toBe('Exempelskolan');
    expect(w.doc()).not.toBe(before);
    expect(before).toEqual(frozen);
    // Untouched parts are shared, not copied.
    expect(w.doc().problem).toBe(before.problem);
  });

  it('saves the document after every accepted change, with the change in it', () => {
    const w = start();
    w.send({ type: 'answer.set', path: 'school.schoolName', value: 'Exempelskolan' });
    w.send({ type: 'answer.set', path: 'school.youngestPupilAge', value: 6 });
    expect(w.saved).toHaveLength(2);
    expect(w.saved[1]?.school).toMatchObject({ schoolName: 'Exempelskolan', youngestPupilAge: 6 });
  });

  it.each([
    ['an unknown field', 'school.colour', 'blå'],
    ['an unknown section', 'weather', 'sol'],
    ['an index past the end', 'cameras.0.location', 'Entré'],
    ['the document id', 'id', 'other'],
    ['the format', 'format', 'x'],
    ['the schema version', 'schemaVersion', 2],
    ['the sign-off', 'signoff', null],
    ['the step (the machine owns it)', 'step', 'decision'],
    ['a whole section', 'school', {}],
    ['a value of another kind', 'school.schoolName', 42],
    ['a text into a number field', 'data.retentionHours', '72'],
    ['an array property', 'problem.incidents.length', 0],
    ['a whole list of items (ids live there)', 'measures.items', []],
    ['the camera list', 'cameras', []],
  ])('refuses %s and saves nothing', (_, path, value) => {
    const w = start();
    const before = w.doc();
    expect(w.snap().can({ type: 'answer.set', path, value })).toBe(false);
    w.send({ type: 'answer.set', path, value });
    expect(w.doc()).toBe(before);
    expect(w.saved).toHaveLength(0);
  });

  it('replaces a whole list of plain values (who is filmed, time windows)', () => {
    const w = start();
    w.send({ type: 'item.add', list: 'cameras', id: 'c1' });
    w.send({ type: 'answer.set', path: 'cameras.0.subjects', value: ['pupils', 'staff'] });
    w.send({ type: 'answer.set', path: 'cameras.0.hours.windows', value: [{ days: [6, 7], from: '18:00', to: '06:00' }] });
    expect(w.doc().cameras[0]?.subjects).toEqual(['pupils', 'staff']);
    expect(w.doc().cameras[0]?.hours.windows).toHaveLength(1);
  });

  it('refuses to change an item id, but writes the item fields', () => {
    const w = start();
    w.send({ type: 'item.add', list: 'problem.incidents', id: 'inc-1' });
    w.send({ type: 'answer.set', path: 'problem.incidents.0.id', value: 'inc-2' });
    w.send({ type: 'answer.set', path: 'problem.incidents.0.place', value: 'Södra fasaden' });
    expect(w.doc().problem.incidents[0]).toMatchObject({ id: 'inc-1', place: 'Södra fasaden' });
  });

  it('recomputes the evaluation after a change', () => {
    const w = start();
    const before = w.snap().context.evaluation;
    w.send({ type: 'answer.set', path: 'school.schoolName', value: 'Exempelskolan' });
    expect(w.snap().context.evaluation).not.toBe(before);
    expect(w.snap().context.evaluation.missing.some((m) => m.field === 'school.schoolName')).toBe(false);
  });
});

describe('lists', () => {
  const lists: ListName[] = ['problem.incidents', 'measures.items', 'cameras', 'data.accessRoles'];

  it.each(lists)('adds, moves and removes items of %s by id', (list) => {
    const w = start();
    for (const id of ['a', 'b', 'c']) w.send({ type: 'item.add', list, id });
    const ids = () => (valueAt(w.doc(), list) as { id: string }[]).map((i) => i.id);
    expect(ids()).toEqual(['a', 'b', 'c']);
    w.send({ type: 'item.add', list, id: 'b' }); // a duplicate id is refused
    expect(ids()).toEqual(['a', 'b', 'c']);
    w.send({ type: 'item.move', list, id: 'c', delta: -1 });
    expect(ids()).toEqual(['a', 'c', 'b']);
    w.send({ type: 'item.move', list, id: 'a', delta: -1 }); // already first
    expect(ids()).toEqual(['a', 'c', 'b']);
    w.send({ type: 'item.remove', list, id: 'c' });
    expect(ids()).toEqual(['a', 'b']);
    w.send({ type: 'item.remove', list, id: 'missing' });
    expect(ids()).toEqual(['a', 'b']);
  });

  it('duplicates a camera right after the original, with all its answers and a new id', () => {
    const w = start();
    w.send({ type: 'item.add', list: 'cameras', id: 'c1' });
    w.send({ type: 'item.add', list: 'cameras', id: 'c2' });
    w.send({ type: 'answer.set', path: 'cameras.0.location', value: 'Norra fasaden' });
    w.send({ type: 'answer.set', path: 'cameras.0.subjects', value: ['public'] });
    w.send({ type: 'camera.duplicate', id: 'c1', newId: 'c1-copy' });
    const cams = w.doc().cameras;
    expect(cams.map((c) => c.id)).toEqual(['c1', 'c1-copy', 'c2']);
    expect(cams[1]).toMatchObject({ location: 'Norra fasaden', subjects: ['public'] });
    expect(cams[1]?.subjects).not.toBe(cams[0]?.subjects);
  });

  it('fills a camera’s hours from a preset and keeps custom windows when switching to custom', () => {
    const w = start(draft((a) => ({ ...a, school: { ...a.school, schoolDay: { from: '08:00', to: '16:00' } } })));
    w.send({ type: 'item.add', list: 'cameras', id: 'c1' });
    w.send({ type: 'hours.preset', cameraId: 'c1', preset: 'facadePractice' });
    const hours = w.doc().cameras[0]?.hours;
    expect(hours?.preset).toBe('facadePractice');
    expect(hours?.windows.length).toBeGreaterThan(0);
    expect(hours?.windows.some((win) => win.from === defaultPolicy.facadeHours.weekday.from)).toBe(true);
    w.send({ type: 'hours.preset', cameraIndex: 0, preset: 'custom' });
    expect(w.doc().cameras[0]?.hours).toEqual({ ...hours, preset: 'custom' });
    w.send({ type: 'hours.preset', cameraIndex: 5, preset: 'always' }); // no such camera
    expect(w.doc().cameras[0]?.hours.preset).toBe('custom');
  });

  it('removing a camera also removes its verdict and its answered warnings', () => {
    const w = start();
    w.send({ type: 'item.add', list: 'cameras', id: 'c1' });
    w.send({ type: 'item.add', list: 'cameras', id: 'c2' });
    w.send({ type: 'verdict.set', cameraId: 'c1', verdict: 'approve', reason: 'Bränder' });
    w.send({ type: 'verdict.set', cameraId: 'c2', verdict: 'reject' });
    w.send({ type: 'justify.set', key: 'some-rule:c1', text: 'Skäl' });
    w.send({ type: 'justify.set', key: 'some-rule:c2', text: 'Skäl 2' });
    w.send({ type: 'item.remove', list: 'cameras', id: 'c1' });
    expect(w.doc().decision.cameraDecisions).toEqual([{ cameraId: 'c2', verdict: 'reject', reason: '' }]);
    expect(w.doc().justifications).toEqual({ 'some-rule:c2': 'Skäl 2' });
  });
});

describe('justify.set and verdict.set', () => {
  it('records and withdraws the answer to a warning', () => {
    const w = start();
    w.send({ type: 'justify.set', key: 'rule-x', text: 'Därför att…' });
    expect(w.doc().justifications['rule-x']).toBe('Därför att…');
    w.send({ type: 'justify.set', key: 'rule-x', text: '  ' });
    expect(w.doc().justifications).not.toHaveProperty('rule-x');
  });

  it('upserts a verdict only for an existing camera', () => {
    const w = start();
    w.send({ type: 'verdict.set', cameraId: 'nope', verdict: 'approve' });
    expect(w.doc().decision.cameraDecisions).toEqual([]);
    w.send({ type: 'item.add', list: 'cameras', id: 'c1' });
    w.send({ type: 'verdict.set', cameraId: 'c1', verdict: 'approve' });
    w.send({ type: 'verdict.set', cameraId: 'c1', reason: 'Inbrott nattetid' });
    expect(w.doc().decision.cameraDecisions).toEqual([{ cameraId: 'c1', verdict: 'approve', reason: 'Inbrott nattetid' }]);
  });
});
