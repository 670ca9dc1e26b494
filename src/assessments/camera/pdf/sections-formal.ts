// (2026-12) The first page as a decision document a registrar files unchanged: authority and unit, document
// type, date and diarienummer, ärende, handläggare, beslutsfattare and mottagare, the beslutsformel per
// camera (or the förslag till beslut of a referral, marked as a draft), the warnings left without comment,
// the bilageförteckning and expedieras. The assessment follows.
import type { Camera, SignoffKind } from '../domain';
import {
  DECISION_RESULT_NAMES,
  activeCameras,
  cameraList,
  cameraProposals,
  decidedCamera,
  decidedRetention,
  decisionResult,
  openWarnings,
  verdictOf,
} from '../domain';
import type { DocContext } from './context';
import { organisationOf } from './context';
import { EMPTY, earlierBasisText, hoursText, orDash, person } from './format';
import { metaRow } from '../../../pdf/meta-row';
import { areaText } from './sections-cameras';
import { fields } from '../../../pdf/table';
import { COLOR, SIZE } from '../../../pdf/theme';

type Kind = SignoffKind | 'none';

/** What the document is: what was signed, else what the outcome allows to be signed. */
export const documentKind = (c: DocContext): Kind => c.a.signoff?.kind ?? c.ev.signoffKind ?? 'none';

/** A case sent on (referral or review request) with no later decision yet: its texts are drafts. */
export const isReferredDraft = (c: DocContext): boolean => {
  const kind = documentKind(c);
  return (kind === 'referral' || kind === 'review-request') && c.a.laterDecision === null;
};

const independent = (c: DocContext): boolean => c.a.school.ownerType === 'independent';

/** Who decides a referred case: the huvudman (escalation, or any independent school), else förvaltningen. */
export function referredTo(c: DocContext): string {
  const { t } = c;
  return documentKind(c) === 'review-request' && !independent(c) ? t.formal.administrationWord : t.formal.ownerWord;
}

const owner = (c: DocContext): string => c.a.school.ownerName.trim() || organisationOf(c);
const administration = (c: DocContext): string => (independent(c) ? '' : c.policy.organisationName.trim());

/** "Kamera 2 (Fasad (utomhus), Södra fasaden)": the exact place only outside a distribution copy. */
function cameraLabel(c: DocContext, k: Camera, index: number): string {
  const name = k.name.trim() || `${c.lang === 'sv' ? 'Kamera' : 'Camera'} ${index + 1}`;
  const place = c.omitPlacement || k.location.trim() === '' ? areaText(c, k) : `${areaText(c, k)}, ${k.location.trim()}`;
  return `${name} (${place})`;
}

const retentionOf = (c: DocContext, hours: number | null): string => (hours === null ? EMPTY : c.t.retentionHours(hours));

function formulaPoints(c: DocContext, kind: Kind): string[] {
  const { t, a, ev } = c;
  const f = t.formal;
  const cams = activeCameras(a);
  const points: string[] = [];
  if (kind === 'decision') {
    for (const k of cams) {
      const label = cameraLabel(c, k, a.cameras.indexOf(k));
      const d = verdictOf(a, k.id);
      // A signed file without a verdict for a camera: the camera followed the overall decision (approved).
      const verdict = d?.verdict || (a.signoff ? 'approve' : '');
      const decided = decidedCamera(a, k);
      const reason = !c.omitPlacement && d && d.reason.trim() !== '' ? ` ${f.reason(d.reason.trim())}` : '';
      if (verdict === 'approve') points.push(f.approve(label, hoursText(k.hours, t, false)) + reason);
      else if (verdict === 'approve-changed') {
        const ch = d?.changes ?? {};
        const parts = [
          ch.hours && ch.hours.windows.length > 0 ? f.changeHours(hoursText(decided.hours, t, false)) : '',
          ch.masking && ch.masking.trim() !== '' ? (c.omitPlacement ? f.changeMaskingOmitted : f.changeMasking(ch.masking.trim())) : '',
          ch.retentionHours !== undefined && ch.retentionHours !== null ? f.changeRetention(retentionOf(c, ch.retentionHours)) : '',
        ].filter((s) => s !== '');
        points.push(f.approveChanged(label, parts.join('; ') || EMPTY) + reason);
      } else if (verdict === 'reject') points.push(f.reject(label) + reason);
      else points.push(f.undecided(label));
    }
  } else {
    const by = referredTo(c);
    for (const p of cameraProposals(ev)) {
      const k = a.cameras.find((x) => x.id === p.cameraId);
      if (!k) continue;
      const label = cameraLabel(c, k, a.cameras.indexOf(k));
      if (verdictOf(a, k.id)?.verdict === 'reject') points.push(f.reject(label));
      else if (p.proposal === 'approve') points.push(f.proposeApprove(label, hoursText(k.hours, t, false)));
      else if (p.proposal === 'approve-changed') points.push(f.proposeChanged(label));
      else if (p.proposal === 'reject') points.push(f.proposeReject(label));
      else if (p.proposal === 'refer') points.push(f.proposeRefer(label, by));
      else points.push(f.proposeIncomplete(label));
    }
    if (kind === 'referral') points.push(f.ownerDecides);
    if (kind === 'review-request') points.push(independent(c) ? f.ownerDecides : f.administrationReviews);
  }
  if (cams.length > 0) {
    const retentions = [...new Set(cams.map((k) => decidedRetention(a, k.id)))];
    // A shorter retention decided for one camera is in its own point; the case's retention is stated here.
    if (retentions.length > 0) points.push(f.retention(retentionOf(c, a.data.retentionHours), a.data.autoDelete === 'yes'));
  }
  const next = a.decision.nextReviewDate || ev.nextReviewDate;
  if (next !== '' && kind === 'decision') points.push(f.nextReview(next));
  if (kind === 'decision' && a.signoff) points.push(f.result(DECISION_RESULT_NAMES[decisionResult(a)][c.lang]));
  return points;
}

/** Numbered: the appendices in this document first, then what is kept in the file. */
function attachmentList(c: DocContext, kind: Kind): string[] {
  const { t, a } = c;
  const f = t.formal;
  const items: string[] = [];
  if (kind !== 'none') {
    items.push(`${f.attSign} (${f.attachedHere})`);
    items.push(`${f.attLetter} (${f.attachedHere})`);
  }
  if (a.problem.incidents.length > 0) items.push(`${f.attIncidents(a.problem.incidents.length)} (${f.inFile})`);
  if (a.consultation.dpiaDone === 'yes' && a.consultation.dpiaReference.trim() !== '') items.push(`${f.attDpia(a.consultation.dpiaReference.trim())} (${f.inFile})`);
  if (a.consultation.dpoAdvice.trim() !== '') items.push(`${f.attDpo(a.consultation.dpoAdviceDate)} (${f.inFile})`);
  if (a.consultation.unionDate !== '' && a.consultation.unionForm !== '') {
    items.push(`${f.attUnion(t.unionForms[a.consultation.unionForm], a.consultation.unionDate)} (${f.inFile})`);
  }
  if (a.previousVersionId !== null && a.version > 1) items.push(`${f.attPrevious(a.version - 1)} (${f.inFile})`);
  return items.map((s, i) => `${i + 1}. ${s}`);
}

function distributionList(c: DocContext): string[] {
  const { t, a } = c;
  const f = t.formal;
  const dpo = a.school.dpo.name.trim() || c.policy.dpoContact.name.trim();
  return [
    f.toOwner(a.school.ownerName.trim()),
    ...(administration(c) !== '' ? [f.toAdministration(administration(c))] : []),
    f.toDpo(dpo),
    f.toCameraPerson(a.school.cameraPerson.name.trim()),
    ...(a.consultation.unionDate !== '' ? [f.toUnion] : []),
    f.toRegister,
  ];
}

export function decisionHeader(c: DocContext): void {
  const { flow, t, a, lang } = c;
  const f = t.formal;
  const kind = documentKind(c);
  const org = [owner(c), administration(c) !== owner(c) ? administration(c) : ''].filter((s) => s !== '').join(' · ');
  flow.paragraph(org || EMPTY, { size: SIZE.body, color: COLOR.muted }, 0, 0.6);
  flow.paragraph(f.docType[kind], { size: SIZE.title, bold: true, color: COLOR.accent }, 0, 0.8);
  flow.paragraph([a.school.schoolName, a.school.unitCode].filter((s) => s.trim() !== '').join(', ') || EMPTY, { size: SIZE.h2 }, 0, 3);
  metaRow(flow, [
    [f.date, orDash(a.school.decisionDate || a.signoff?.date), 0.17],
    [f.dnr, a.decision.registryNumber.trim() || f.dnrPending, 0.27],
    [t.version, t.versionOf(a.version, a.previousVersionId !== null), 0.16],
    [t.status, a.signoff ? t.signedOn(a.signoff.date) : t.draft, 0.4],
  ]);
  if (isReferredDraft(c)) flow.box('', [f.referralDraft(referredTo(c))], { bar: COLOR.red, fill: COLOR.redFill }, { size: SIZE.body, bold: true });
  if (c.omitPlacement) flow.box('', [t.omitNotice], { bar: COLOR.amber, fill: COLOR.amberFill });

  const cams = activeCameras(a);
  const subject = f.subjectPrefix[kind] + f.subjectText(a.school.schoolName || EMPTY, cams.length > 0 ? cameraList(cams, a.cameras, lang) : EMPTY);
  const maker =
    kind === 'decision'
      ? f.principalDelegated(a.signoff?.name || a.school.principal.name || EMPTY, owner(c) || EMPTY)
      : kind === 'review-request' && !independent(c)
        ? f.theAdministration(administration(c))
        : f.theOwner(owner(c) || EMPTY);
  const recipient = kind === 'decision' ? f.theFile : kind === 'none' ? EMPTY : maker;
  fields(flow, [
    [f.subject, subject],
    [f.authority, orDash(a.school.ownerName)],
    ...(administration(c) !== '' ? [[f.administration, administration(c)] as [string, string]] : []),
    [f.unit, [a.school.schoolName, a.school.unitCode].filter((s) => s.trim() !== '').join(', ') || EMPTY],
    ...(a.school.earlierBasis === undefined ? [] : [[t.earlierBasis, earlierBasisText(a.school.earlierBasis, t)] as [string, string]]),
    [f.handler, person(a.school.principal)],
    [f.decisionMaker, maker],
    [f.recipient, recipient],
  ]);

  flow.heading(kind === 'decision' ? f.formula : f.formulaProposal, 2);
  const points = formulaPoints(c, kind);
  if (points.length === 0) flow.paragraph(EMPTY);
  for (const p of points) flow.bullet(p);
  const total = c.ev.findings.filter((x) => x.severity === 'warn').length;
  if (total > 0) flow.paragraph(f.warnings(openWarnings(a, c.ev).length, total), { size: SIZE.body, color: COLOR.muted }, 0, 2);
  flow.gap(2);

  flow.heading(f.attachments, 3);
  for (const item of attachmentList(c, kind)) flow.paragraph(item, undefined, 0, 0.4);
  flow.gap(1.5);
  flow.heading(f.distribution, 3);
  flow.paragraph(distributionList(c).join(' · '));
  flow.gap(2);
  flow.heading(f.assessment, 2);
}
