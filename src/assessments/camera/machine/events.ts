// The events the wizard accepts. Named by dots so a wildcard or a log groups them by area.
import type { CameraChanges, CameraVerdict, HoursPreset, Incident, Signoff } from '../domain';

/** The lists a principal can add to, remove from and reorder. */
export const LIST_NAMES = ['problem.incidents', 'measures.items', 'cameras', 'data.accessRoles'] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** What the principal fills in to sign; kind comes from the evaluation, time and fingerprint from the sign effect. */
export type SignoffDraft = Omit<Signoff, 'kind' | 'signedAt' | 'fingerprint'>;

export type AnswerSetEvent = { type: 'answer.set'; path: string; value: unknown };
export type ItemAddEvent = { type: 'item.add'; list: ListName; id: string };
export type ItemRemoveEvent = { type: 'item.remove'; list: ListName; id: string };
export type ItemMoveEvent = { type: 'item.move'; list: ListName; id: string; delta: -1 | 1 };
/** (2026-12) Incidents read from a pasted or imported log, appended together (all or nothing). */
export type IncidentsAppendEvent = { type: 'incidents.append'; incidents: Incident[] };
/** (2026-12) The incidents reordered oldest first. */
export type IncidentsSortEvent = { type: 'incidents.sortByDate' };
export type CameraDuplicateEvent = { type: 'camera.duplicate'; id: string; newId: string };
/** Either cameraId or cameraIndex names the camera. */
export type HoursPresetEvent = { type: 'hours.preset'; preset: HoursPreset; cameraId?: string; cameraIndex?: number };
export type JustifySetEvent = { type: 'justify.set'; key: string; text: string };
/** The principal's verdict on one camera in the decision step; upserts decision.cameraDecisions. */
export type VerdictSetEvent = {
  type: 'verdict.set';
  cameraId: string;
  verdict?: CameraVerdict;
  reason?: string;
  /** (2026-12) What an 'approve-changed' verdict narrows; merged into the existing changes. */
  changes?: CameraChanges;
};
/** (2026-12) The open warnings the decision-maker decides "utan kommentar"; an empty list takes the choice back. */
export type WithoutCommentSetEvent = { type: 'withoutComment.set'; keys: string[] };

export type EditEvent =
  | AnswerSetEvent
  | ItemAddEvent
  | ItemRemoveEvent
  | ItemMoveEvent
  | IncidentsAppendEvent
  | IncidentsSortEvent
  | CameraDuplicateEvent
  | HoursPresetEvent
  | JustifySetEvent
  | VerdictSetEvent
  | WithoutCommentSetEvent;

export type CameraFlowEvent = { type: 'camera.open'; id: string } | { type: 'camera.close' };

/** From the measures step's "try first" stop: write why no measure can be tried. */
export type MeasuresFlowEvent = { type: 'measures.recordReason' };

/** The camera kind's own events; the engine adds nav.*, draft.saveAndExit and sign.submit. */
export type CameraEvent = EditEvent | CameraFlowEvent | MeasuresFlowEvent;

/** Event types that change the document: all are ignored once the assessment is signed or being signed. */
export const EDIT_EVENT_TYPES = [
  'answer.set',
  'item.add',
  'item.remove',
  'item.move',
  'incidents.append',
  'incidents.sortByDate',
  'camera.duplicate',
  'hours.preset',
  'justify.set',
  'verdict.set',
  'withoutComment.set',
] as const satisfies readonly EditEvent['type'][];
