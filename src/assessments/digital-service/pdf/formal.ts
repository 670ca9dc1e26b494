// The first page as a decision document a registrar files unchanged: huvudman and unit, document type,
// date and diarienummer, ärende, handläggare, beslutsfattare and mottagare, the beslutsformel with the
// derived outcome (never typed) and the conditions as tasks, the bilageförteckning and expedieras.
import { metaRow } from '../../../pdf/meta-row';
import { fields } from '../../../pdf/table';
import { COLOR, SIZE } from '../../../pdf/theme';
import { predicates } from '../predicates';
import { type DsContext, type DocKind, docKind, EMPTY, orDash, outcomeName, verdictOf } from './context';

/** Who decides a referred case: the huvudman for an independent school, else förvaltningen. */
const referredTo = (c: DsContext): string => (predicates.independentOwner(c.doc) ? c.t.owner : c.t.administration);

const decider = (c: DsContext): string => {
  const d = c.doc.decision;
  const who = [d.deciderName, d.deciderTitle].filter((s) => s.trim() !== '').join(', ');
  return [who, d.delegation.trim()].filter((s) => s !== '').join(' – ') || EMPTY;
};

function formulaPoints(c: DsContext, kind: DocKind): string[] {
  const { t, doc } = c;
  const name = orDash(doc.service.name);
  const points = [t.outcome(outcomeName(c))];
  const verdict = verdictOf(c);
  if (kind === 'none' || verdict === '') points.push(t.noVerdict);
  else if (verdict === 'approve') points.push(t.approve(name));
  else if (verdict === 'approveWithConditions') points.push(t.approveWithConditions(name));
  else if (verdict === 'reject') points.push(t.reject(name));
  else points.push(t.refer(name, referredTo(c)));
  // The conditions are part of an approval, or of the proposal while none is recorded.
  if (verdict === 'approveWithConditions' || verdict === 'approve' || (verdict === '' && c.ev.outcome.startsWith('approve'))) {
    c.ev.conditions.forEach((x, i) => points.push(t.condition(i + 1, x.text.trim(), orDash(x.owner), orDash(x.due), x.inherited)));
  }
  if (doc.decision.reasons.trim() !== '') points.push(t.reasons(doc.decision.reasons.trim()));
  if (kind === 'decision' && verdict !== 'reject' && doc.decision.nextReview !== '') points.push(t.nextReview(doc.decision.nextReview));
  return points;
}

/** Numbered: the parts of this document first, then what is kept in the file. */
function attachmentList(c: DsContext): string[] {
  const { t, doc } = c;
  const items = [`${t.attAssessment} (${t.attachedHere})`, `${t.attGuardians} (${t.attachedHere})`];
  if (doc.contract.dpa === 'signed' || doc.contract.dpa === 'standardAccepted') items.push(`${t.attDpa(doc.contract.dpaRef.trim())} (${t.inFile})`);
  if (doc.dpia.exists === 'own' || doc.dpia.exists === 'reused') items.push(`${t.attDpia(doc.dpia.source.trim())} (${t.inFile})`);
  if (doc.roles.dpoAdvice.trim() !== '') items.push(`${t.attDpo(doc.roles.dpoAdviceDate)} (${t.inFile})`);
  return items.map((s, i) => `${i + 1}. ${s}`);
}

/** A re-validation says which version it is, what started it and which decision it continues. */
const revalidationRow = (c: DsContext): [string, string][] => {
  const r = c.doc.revalidation;
  return r ? [[c.t.revalidation, c.t.revalidationText(r.version, c.words.k(`revalidation.${r.trigger}`), r.decidedOn)]] : [];
};

export function decisionPage(c: DsContext): void {
  const { flow, t, doc } = c;
  const kind = docKind(c);
  const owner = doc.roles.ownerName.trim();
  flow.paragraph(owner || EMPTY, { size: SIZE.body, color: COLOR.muted }, 0, 0.6);
  flow.paragraph(t.docType[kind], { size: SIZE.title, bold: true, color: COLOR.accent }, 0, 0.8);
  flow.paragraph([doc.service.name, doc.service.vendor].filter((s) => s.trim() !== '').join(' – ') || EMPTY, { size: SIZE.h2 }, 0, 3);
  metaRow(flow, [
    [t.date, orDash(c.decidedOn), 0.17],
    [t.dnr, doc.decision.registryNumber?.trim() || t.dnrPending, 0.27],
    [t.docId, doc.id, 0.28],
    [t.status, kind !== 'none' && c.decidedOn ? t.recorded(c.decidedOn) : t.draft, 0.28],
  ]);
  if (kind === 'none') flow.box('', [t.draftBox], { bar: COLOR.red, fill: COLOR.redFill }, { size: SIZE.body, bold: true });
  if (kind === 'referral') flow.box('', [t.referralBox(referredTo(c))], { bar: COLOR.amber, fill: COLOR.amberFill }, { size: SIZE.body, bold: true });
  fields(flow, [
    [t.subjectLabel, t.subjectText[kind](orDash(doc.service.name))],
    [t.authority, orDash(owner)],
    [t.unit, orDash(c.unit)],
    [t.service, [doc.service.name, doc.service.edition, doc.service.url].filter((s) => s.trim() !== '').join(', ') || EMPTY],
    [t.handler, orDash(doc.decision.deciderName)],
    [t.decisionMaker, kind === 'referral' ? referredTo(c) : decider(c)],
    [t.recipient, kind === 'decision' ? t.theFile : kind === 'referral' ? referredTo(c) : EMPTY],
    ...revalidationRow(c),
  ]);
  flow.heading(kind === 'decision' ? t.formula : t.formulaProposal, 2);
  for (const p of formulaPoints(c, kind)) flow.bullet(p);
  flow.gap(2);
  flow.heading(t.attachments, 3);
  for (const item of attachmentList(c)) flow.paragraph(item, undefined, 0, 0.4);
  flow.gap(1.5);
  flow.heading(t.distribution, 3);
  flow.paragraph([t.toOwner(owner), t.toDpo, t.toServiceOwner(doc.decision.serviceOwner.trim()), t.toRegister].join(' · '));
}
