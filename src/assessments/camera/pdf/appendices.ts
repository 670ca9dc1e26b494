// The appendices, generated from the answers: the text for signs (KBL 15 §, first layer of Art 13) and a
// letter to pupils, guardians and staff with everything Art 13 requires, in plain words.
import type { DocContext } from './context';
import type { Camera } from '../domain';
import { activeCameras as active, approvedCameras, cameraProposals, decidedCamera, decidedRetention, verdictOf } from '../domain';
import { dpoOf, organisationOf } from './context';
import { documentKind, isReferredDraft, referredTo } from './sections-formal';

/**
 * (2026-12) The cameras signs and the letter speak of: those still in use and approved, as decided
 * (narrower hours, masking). A decision: the approved cameras. A referred case or an unsigned draft: the
 * cameras not rejected and not blocked by the rules, in a text marked as a draft.
 */
function activeCameras(c: DocContext): Camera[] {
  const { a, ev } = c;
  if (a.laterDecision !== null || (a.signoff?.kind === 'decision')) return approvedCameras(a).map((k) => decidedCamera(a, k));
  const proposals = cameraProposals(ev);
  return active(a)
    .filter((k) => verdictOf(a, k.id)?.verdict !== 'reject' && proposals.find((p) => p.cameraId === k.id)?.proposal !== 'reject')
    .map((k) => decidedCamera(a, k));
}

/** The draft marking of a referred case, above each appendix. */
function draftMark(c: DocContext): void {
  if (isReferredDraft(c)) c.flow.box('', [c.t.formal.referralDraft(referredTo(c))], { bar: COLOR.red, fill: COLOR.redFill }, { size: SIZE.body, bold: true });
}

/** No approved camera: no appendix, and the document says why. Returns whether the appendices go on. */
export function appendicesApply(c: DocContext): boolean {
  if (activeCameras(c).length > 0) return true;
  c.flow.newPage();
  c.flow.paragraph(c.t.formal.noAppendixCameras);
  return false;
}
import { EMPTY, hoursText, person } from './format';
import { areaText } from './sections-cameras';
import { retentionText } from './sections-data';
import { COLOR, SIZE } from '../../../pdf/theme';

const filled = (s: string): boolean => s.trim() !== '';

function noSound(c: DocContext): boolean {
  const cams = activeCameras(c);
  return cams.length > 0 && cams.every((k) => k.sound === 'no');
}

function distinctHours(c: DocContext): string {
  return [...new Set(activeCameras(c).map((k) => hoursText(k.hours, c.t, false)))].filter((h) => h !== EMPTY).join('; ');
}

export function signAppendix(c: DocContext): void {
  const { flow, t, a } = c;
  flow.newPage();
  flow.heading(t.signAppendix, 2);
  draftMark(c);
  flow.paragraph(t.signIntro, { size: SIZE.body, color: COLOR.muted }, 0, 3);
  const owner = a.school.ownerName || organisationOf(c);
  const lines = [
    a.school.schoolName,
    t.signResponsible([owner, a.school.schoolName].filter(filled).join(', ') || EMPTY),
  ];
  if (filled(a.problem.purpose)) lines.push(t.signPurpose(a.problem.purpose));
  if (noSound(c)) lines.push(t.signNoSound);
  const hours = distinctHours(c);
  if (hours !== '') lines.push(t.signHours(hours));
  if (filled(a.consultation.art13Where)) lines.push(t.signReadMore(a.consultation.art13Where));
  lines.push(t.signDpo(person(dpoOf(c))));
  flow.box(t.signHeading.toUpperCase(), lines.filter(filled), { bar: COLOR.accent, fill: COLOR.labelFill }, { size: SIZE.h2 }, SIZE.sign);
}

export function letterAppendix(c: DocContext): void {
  const { flow, t, a } = c;
  const d = a.data;
  const owner = a.school.ownerName || organisationOf(c) || EMPTY;
  /** A heading and its paragraphs; a paragraph starting with "• " is a list item. */
  const section = (heading: string, paragraphs: string[]): void => {
    const text = paragraphs.filter(filled);
    if (text.length === 0) return;
    flow.heading(heading, 3);
    for (const p of text) {
      if (p.startsWith('• ')) flow.bullet(p.slice(2));
      else flow.paragraph(p);
    }
  };
  flow.newPage();
  flow.heading(t.letterAppendix, 2);
  draftMark(c);
  flow.paragraph(t.letterTo, { size: SIZE.body, bold: true });
  flow.paragraph(t.letterIntro(a.school.schoolName || EMPTY));

  const tried = a.measures.items.filter((m) => m.tried === 'yes' && m.kind !== '').map((m) => t.measureKinds[m.kind as Exclude<typeof m.kind, ''>].toLowerCase());
  section(t.whyHeading, [a.problem.purpose, tried.length > 0 ? t.whyTried([...new Set(tried)].join(', ')) : '']);

  // Without exact places many cameras read alike: say "Fasad (utomhus), 7 kameror" once rather than seven times.
  const places = new Map<string, { place: string; hours: string; count: number }>();
  const placeOf = (k: Camera): string => (c.omitPlacement || !filled(k.location) ? areaText(c, k) : `${areaText(c, k)}, ${k.location}`);
  for (const k of activeCameras(c)) {
    const place = placeOf(k);
    const hours = hoursText(k.hours, t, false);
    const key = `${place}\n${hours}`;
    const seen = places.get(key);
    if (seen) seen.count++;
    else places.set(key, { place, hours, count: 1 });
  }
  const where = [...places.values()].map((p) => `• ${p.place}${p.count > 1 ? `, ${t.cameraCount(p.count)}` : ''}: ${p.hours}`);
  section(t.whereHeading, [...where, c.omitPlacement ? t.whereOmitted : '']);

  const cams = activeCameras(c);
  section(t.whatHeading, [
    [t.whatImages, noSound(c) ? t.whatNoSound : '', cams.length > 0 && cams.every((k) => k.biometrics === 'no') ? t.whatNoBiometrics : '']
      .filter(filled)
      .join(' '),
  ]);

  const principal = a.school.principal.name;
  const cameraPerson = a.school.cameraPerson.name;
  section(t.whoHeading, [
    [
      t.whoController(owner),
      // "Rektor har bestämt" only when the principal did decide; never while the case is referred.
      !filled(principal) ? '' : documentKind(c) === 'decision' && a.signoff !== null ? t.whoPrincipal(principal) : a.laterDecision === null && documentKind(c) !== 'decision' ? t.formal.whoPrincipalReferred(principal, referredTo(c)) : '',
      filled(cameraPerson) ? t.whoCameraPerson(cameraPerson) : '',
    ]
      .filter(filled)
      .join(' '),
  ]);
  section(t.basisHeading, [d.legalBasis === '' ? t.basisMissing : t.basis[d.legalBasis]]);

  const retention = d.retentionHours === null ? '' : retentionText(c);
  // A camera approved with a shorter retention is named, or the letter would promise it keeps 72 hours.
  const shorter = cams.flatMap((k) => {
    const h = decidedRetention(a, k.id);
    return h === null || h === d.retentionHours ? [] : [`• ${t.keepCamera(placeOf(k), t.retentionHours(h))}`];
  });
  section(t.keepHeading, [retention === '' ? '' : d.autoDelete === 'yes' ? t.keepAuto(retention) : t.keepManual(retention), ...shorter, t.keepIncident]);

  const roles = d.accessRoles.map((r) => r.role).filter(filled);
  const live = cams.filter((k) => k.mode === 'live' || k.mode === 'both').map((k) => k.liveViewers).filter(filled);
  section(t.seeHeading, [
    roles.length > 0 ? t.seeRoles(roles.join(', ')) : '',
    d.accessLog === 'yes' ? t.seeLog : '',
    live.length > 0 ? t.seeLive([...new Set(live)].join(', ')) : '',
    d.processorUsed === 'yes' && filled(d.processorName) ? t.seeProcessor(d.processorName) : '',
    d.storageInEuEea === 'no' ? t.seeOutsideEu(d.transferBasis || EMPTY) : '',
  ]);
  section(t.policeHeading, [t.policeDefault, d.policeDisclosure]);
  section(t.rightsHeading, [
    t.rightsAccess,
    t.rightsErase,
    retention === '' ? '' : t.rightsShortKeep(retention),
    t.rightsChildren,
  ]);
  section(t.complainHeading, [t.complain]);
  const principalContact = person({ ...a.school.principal, title: '' });
  section(t.questionsHeading, [
    t.questionsDpo(person(dpoOf(c))),
    principalContact === EMPTY ? '' : t.questionsPrincipal(principalContact),
    filled(a.consultation.art13Where) ? t.questionsMore(a.consultation.art13Where) : '',
  ]);
}
