// Section 4: an overview table of the cameras, then each camera's answers. Answers in a branch that does
// not apply are left out; exact placement and field of view are left out of a copy for wide distribution.
import type { Camera } from '../domain';
import { areaName, isApplicable } from '../domain';
import type { DocContext } from './context';
import { yesNo } from './context';
import { EMPTY, hoursText, orDash } from './format';
import { fields, fieldsHeight, table } from '../../../pdf/table';
import { BODY } from '../../../pdf/theme';

/** Label/value rows whose field applies to this assessment (dotted path as the domain names it). */
export function applicableRows(c: DocContext, rows: [path: string, label: string, value: string][]): [string, string][] {
  return rows.filter(([path]) => isApplicable(c.a, path)).map(([, label, value]) => [label, value]);
}

export function areaText(c: DocContext, cam: Camera): string {
  const { t } = c;
  const area = areaName(cam.areaKind, c.lang) || EMPTY;
  return cam.placement === '' ? area : `${area} (${t.placement[cam.placement].toLowerCase()})`;
}

function viewing(c: DocContext, cam: Camera): string {
  return cam.mode === '' ? EMPTY : c.t.modes[cam.mode];
}

function masking(c: DocContext, cam: Camera): string {
  const base = yesNo(c.t, cam.masking);
  // A distribution copy says whether a camera is masked, never what (the blind spots are placement).
  if (c.omitPlacement) return base;
  return cam.masking === 'yes' && cam.maskingDescription.trim() !== '' ? `${base}: ${cam.maskingDescription}` : base;
}

export function camerasSection(c: DocContext): void {
  const { flow, t, a } = c;
  flow.heading(t.sections.cameras, 2);
  if (a.cameras.length === 0) {
    flow.paragraph(t.noCameras);
    return;
  }
  const [n, ar, pu, ho, vi, ma] = t.cameraCols;
  table(
    flow,
    [
      { header: n!, width: 0.17 },
      { header: ar!, width: 0.18 },
      { header: pu!, width: 0.11 },
      { header: ho!, width: 0.26 },
      { header: vi!, width: 0.13 },
      { header: ma!, width: 0.15 },
    ],
    a.cameras.map((cam) => [
      cam.endedOn === '' ? orDash(cam.name) : `${orDash(cam.name)} (${t.endedOn.toLowerCase()} ${cam.endedOn})`,
      areaText(c, cam),
      yesNo(t, cam.publicAccess),
      hoursText(cam.hours, t),
      viewing(c, cam),
      yesNo(t, cam.masking),
    ]),
  );
  a.cameras.forEach((cam, i) => cameraDetails(c, cam, i));
}

function cameraDetails(c: DocContext, cam: Camera, i: number): void {
  const { flow, t } = c;
  const p = `cameras.${i}.`;
  const secret = (text: string) => (c.omitPlacement ? t.omitted : orDash(text));
  const subjects = cam.subjects.map((s) => t.subjects[s]).join(', ');
  // Questions added 2026-12 appear only for a camera that has them, so an older document prints as before.
  const asked: [string, string, string][] = [
    ...(cam.alreadyInUse !== undefined ? [[p + 'alreadyInUse', t.alreadyInUse, cam.alreadyInUse ? t.yes : t.no] as [string, string, string]] : []),
    ...(cam.otherAreaUse !== undefined ? [[p + 'otherAreaUse', t.otherAreaUseLabel, cam.otherAreaUse === '' ? EMPTY : t.otherAreaUse[cam.otherAreaUse]] as [string, string, string]] : []),
    ...(cam.movableLimits !== undefined ? [[p + 'movableLimits', t.movableLimits, secret(cam.movableLimits)] as [string, string, string]] : []),
    ...(cam.monitorSeenByOthers !== undefined ? [[p + 'monitorSeenByOthers', t.monitorSeenByOthers, yesNo(t, cam.monitorSeenByOthers)] as [string, string, string]] : []),
    ...(cam.analytics !== undefined ? [[p + 'analytics', t.analyticsLabel, orDash(cam.analytics.map((k) => t.analytics[k]).join(', '))] as [string, string, string]] : []),
    ...(cam.inView !== undefined ? [[p + 'inView', t.inViewLabel, orDash(cam.inView.map((k) => t.inView[k]).join(', '))] as [string, string, string]] : []),
    ...(cam.offHoursPresence !== undefined ? [[p + 'offHoursPresence', t.offHoursLabel, orDash(cam.offHoursPresence.map((k) => t.offHours[k]).join(', '))] as [string, string, string]] : []),
  ];
  const rows = applicableRows(c, [
    [p + 'location', t.location, secret(cam.location)],
    [p + 'areaKind', t.cameraCols[1]!, areaText(c, cam)],
    [p + 'publicAccess', t.publicAccess, yesNo(t, cam.publicAccess)],
    [p + 'publicAccessReasoning', t.publicReasoning, orDash(cam.publicAccessReasoning)],
    [p + 'fieldOfView', t.fieldOfView, secret(cam.fieldOfView)],
    [p + 'limitedToFacadePlus2m', t.facadePlus2m, yesNo(t, cam.limitedToFacadePlus2m)],
    [p + 'coversIncidentSpots', t.coversIncidents, yesNo(t, cam.coversIncidentSpots)],
    [p + 'mount', t.mount, cam.mount === '' ? EMPTY : t.mounts[cam.mount]],
    [p + 'zoom', t.zoom, yesNo(t, cam.zoom)],
    [p + 'masking', t.masking, masking(c, cam)],
    [p + 'hours', t.hours, hoursText(cam.hours, t)],
    [p + 'hours.holidaysAsWeekend', t.holidaysAsWeekend, cam.hours.holidaysAsWeekend ? t.yes : t.no],
    [p + 'mode', t.viewing, viewing(c, cam)],
    [p + 'liveViewers', t.liveViewers, orDash(cam.liveViewers)],
    [p + 'monitorLocation', t.monitorLocation, secret(cam.monitorLocation)],
    [p + 'sound', t.sound, yesNo(t, cam.sound)],
    [p + 'biometrics', t.biometrics, yesNo(t, cam.biometrics)],
    [p + 'subjects', t.subjectsLabel, orDash(subjects)],
    ...asked,
    [p + 'publicArea.othersPresent', t.othersPresent, orDash(cam.publicArea.othersPresent)],
    [p + 'publicArea.othersWhen', t.othersWhen, orDash(cam.publicArea.othersWhen)],
    [p + 'nonPublicArea.proportionality', t.proportionality, orDash(cam.nonPublicArea.proportionality)],
    [p + 'nonPublicArea.annualReviewPlanned', t.annualReview, yesNo(t, cam.nonPublicArea.annualReviewPlanned)],
    ...(cam.endedOn === '' ? [] : [[p + 'endedOn', t.endedOn, cam.endedOn] as [string, string, string]]),
  ]);
  // A camera's answers stay on one page where they fit; otherwise the next page says whose they are.
  const height = flow.headingHeight(orDash(cam.name), 3) + fieldsHeight(flow, rows);
  if (height <= BODY.bottom - BODY.top) flow.ensure(height);
  flow.heading(orDash(cam.name), 3);
  fields(flow, rows, t.continued(orDash(cam.name)));
}
