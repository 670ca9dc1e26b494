// The appendix for guardians, in plain words: what the service is for, which data about the pupil, the
// legal basis, how long data are kept, their rights and whom to ask. Built only from public answers:
// never the service owner, DPIA, contract status, security details or conditions marked internal.
import { predicates } from '../predicates';
import { type DsContext, EMPTY, orDash } from './context';

const OUTSIDE_EEA = ['usa', 'thirdCountry', 'adequate', 'unknown'];

function basisText(c: DsContext): string {
  const b = c.doc.roles.legalBasis;
  return b === 'publicTask' || b === 'legalObligation' || b === 'consent' || b === 'contract' || b === 'legitimateInterest'
    ? c.t.basis[b]
    : c.t.basis.other;
}

function retentionText(c: DsContext): string {
  const { contract } = c.doc;
  if (contract.deletionAtEnd !== 'yes') return c.t.gRetentionPlan;
  return contract.deletionDays === null ? c.t.gRetentionEnd : c.t.gRetentionDays(contract.deletionDays);
}

export function guardiansAppendix(c: DsContext): void {
  const { flow, t, words, doc } = c;
  flow.newPage();
  flow.heading(t.guardiansTitle(orDash(doc.service.name)), 2);
  flow.heading(t.gPurpose, 3);
  flow.paragraph(orDash(doc.service.purpose));
  if (doc.service.vendor.trim() !== '') flow.paragraph(t.gVendor(doc.service.vendor.trim()));

  flow.heading(t.gData, 3);
  const handles = predicates.handlesPersonalData(doc, c.ctx);
  if (!handles) flow.paragraph(t.gNoData);
  else {
    for (const cat of doc.data.categories) flow.bullet(words.option('categories', cat));
    if (doc.data.categories.length === 0) flow.paragraph(EMPTY);
    flow.gap(1);
    flow.paragraph(t.gOutside(doc.transfer.locations.some((l) => OUTSIDE_EEA.includes(l))));
    flow.heading(t.gBasis, 3);
    flow.paragraph(basisText(c));
    flow.heading(t.gRetention, 3);
    flow.paragraph(retentionText(c));
  }
  const open = c.ev.conditions.filter((x) => x.public && !x.done);
  if (open.length > 0) {
    flow.heading(t.gConditions, 3);
    for (const x of open) flow.bullet(x.text.trim());
  }

  flow.heading(t.gRights, 3);
  for (const line of t.gRightsList) flow.bullet(line);
  if (doc.rights.noticeUrl.trim() !== '') flow.paragraph(t.gNotice(doc.rights.noticeUrl.trim()));
  flow.heading(t.gContact, 3);
  flow.paragraph(t.gContactText(doc.roles.ownerName.trim()));
}
