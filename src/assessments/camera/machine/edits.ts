// Pure, immutable edits of the assessment behind the list, preset, justification and verdict events.
// Each returns the new document, or null when the edit does not apply (unknown id, duplicate id...).
import { newAccessRole, newCamera, newIncident, newMeasure, presetWindows } from '../domain';
import type { Assessment, Camera, CameraChanges, CameraDecision, CameraVerdict, HoursPreset, Policy } from '../domain';
import type { ListName } from './events';

interface Identified {
  id: string;
}

export function readList(a: Assessment, list: ListName): readonly Identified[] {
  switch (list) {
    case 'problem.incidents':
      return a.problem.incidents;
    case 'measures.items':
      return a.measures.items;
    case 'cameras':
      return a.cameras;
    case 'data.accessRoles':
      return a.data.accessRoles;
  }
}

// The casts are safe: every caller passes back items it read from the same list (or made with its factory).
function writeList(a: Assessment, list: ListName, items: Identified[]): Assessment {
  switch (list) {
    case 'problem.incidents':
      return { ...a, problem: { ...a.problem, incidents: items as Assessment['problem']['incidents'] } };
    case 'measures.items':
      return { ...a, measures: { ...a.measures, items: items as Assessment['measures']['items'] } };
    case 'cameras':
      return { ...a, cameras: items as Camera[] };
    case 'data.accessRoles':
      return { ...a, data: { ...a.data, accessRoles: items as Assessment['data']['accessRoles'] } };
  }
}

function makeItem(a: Assessment, list: ListName, id: string, index: number): Identified {
  switch (list) {
    case 'problem.incidents':
      return newIncident(id);
    case 'measures.items':
      return newMeasure(id);
    case 'cameras': {
      // In a review of an existing decision a camera entered is one already filming (exempt from KB-H14);
      // the principal unticks it for a camera still to be put up.
      const camera: Camera = { ...newCamera(id, index), ...(a.school.earlierBasis === undefined ? {} : { alreadyInUse: true }) };
      return camera;
    }
    case 'data.accessRoles':
      return newAccessRole(id);
  }
}

export function addItem(a: Assessment, list: ListName, id: string): Assessment | null {
  const items = readList(a, list);
  if (id === '' || items.some((item) => item.id === id)) return null;
  return writeList(a, list, [...items, makeItem(a, list, id, items.length)]);
}

export function removeItem(a: Assessment, list: ListName, id: string): Assessment | null {
  const items = readList(a, list);
  if (!items.some((item) => item.id === id)) return null;
  const next = writeList(a, list, items.filter((item) => item.id !== id));
  if (list !== 'cameras') return next;
  // A removed camera takes its verdict and its warnings' answers with it: nothing would show them again.
  const justifications = Object.fromEntries(
    Object.entries(next.justifications).filter(([key]) => !key.endsWith(`:${id}`)),
  );
  const cameraDecisions = next.decision.cameraDecisions.filter((d) => d.cameraId !== id);
  return { ...next, justifications, decision: { ...next.decision, cameraDecisions } };
}

export function moveItem(a: Assessment, list: ListName, id: string, delta: -1 | 1): Assessment | null {
  const items = readList(a, list).slice();
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length) return null;
  const [item] = items.splice(from, 1);
  if (item === undefined) return null;
  items.splice(to, 0, item);
  return writeList(a, list, items);
}

/** A copy of the camera placed right after it, with a new id and still running (endedOn cleared); a new camera, not carried over. */
export function duplicateCamera(a: Assessment, id: string, newId: string): Assessment | null {
  const index = a.cameras.findIndex((c) => c.id === id);
  const original = a.cameras[index];
  if (original === undefined || newId === '' || a.cameras.some((c) => c.id === newId)) return null;
  const { carriedOver: _carried, ...rest } = structuredClone(original);
  const copy: Camera = { ...rest, id: newId, endedOn: '' };
  const cameras = [...a.cameras.slice(0, index + 1), copy, ...a.cameras.slice(index + 1)];
  return { ...a, cameras };
}

export function cameraIndexOf(a: Assessment, ref: { cameraId?: string; cameraIndex?: number }): number {
  if (ref.cameraId !== undefined) return a.cameras.findIndex((c) => c.id === ref.cameraId);
  const i = ref.cameraIndex ?? -1;
  return Number.isInteger(i) && i >= 0 && i < a.cameras.length ? i : -1;
}

/** Sets the preset; the fixed presets also fill the windows, custom and unanswered keep what is there. */
export function applyHoursPreset(
  a: Assessment,
  policy: Policy,
  ref: { cameraId?: string; cameraIndex?: number },
  preset: HoursPreset,
): Assessment | null {
  const index = cameraIndexOf(a, ref);
  const camera = a.cameras[index];
  if (camera === undefined) return null;
  const windows =
    preset === 'custom' || preset === '' ? camera.hours.windows : presetWindows(preset, policy, a.school.schoolDay);
  const updated: Camera = { ...camera, hours: { ...camera.hours, preset, windows } };
  return { ...a, cameras: a.cameras.map((c, i) => (i === index ? updated : c)) };
}

/** The principal's answer to a warning; an empty text withdraws it. */
export function setJustification(a: Assessment, key: string, text: string): Assessment | null {
  if (key === '') return null;
  const { [key]: _old, ...rest } = a.justifications;
  const justifications = text.trim() === '' ? rest : { ...rest, [key]: text };
  return { ...a, justifications };
}

/** Upserts the decision for one existing camera. */
export function setVerdict(
  a: Assessment,
  cameraId: string,
  change: { verdict?: CameraVerdict; reason?: string; changes?: CameraChanges },
): Assessment | null {
  if (!a.cameras.some((c) => c.id === cameraId)) return null;
  const existing = a.decision.cameraDecisions.find((d) => d.cameraId === cameraId);
  const base: CameraDecision = existing ?? { cameraId, verdict: '', reason: '' };
  const updated: CameraDecision = {
    ...base,
    ...(change.verdict !== undefined ? { verdict: change.verdict } : {}),
    ...(change.reason !== undefined ? { reason: change.reason } : {}),
    ...(change.changes !== undefined ? { changes: { ...base.changes, ...change.changes } } : {}),
  };
  const cameraDecisions = existing
    ? a.decision.cameraDecisions.map((d) => (d.cameraId === cameraId ? updated : d))
    : [...a.decision.cameraDecisions, updated];
  return { ...a, decision: { ...a.decision, cameraDecisions } };
}

/** (2026-12) Which open warnings are decided without comment; the list replaces the previous one. */
export function setWithoutComment(a: Assessment, keys: readonly string[]): Assessment {
  const unique = [...new Set(keys.filter((k) => typeof k === 'string' && k !== ''))];
  const { withoutComment: _old, ...decision } = a.decision;
  return { ...a, decision: unique.length > 0 ? { ...decision, withoutComment: unique } : decision };
}
