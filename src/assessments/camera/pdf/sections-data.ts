// Sections 5–8: the balancing, data handling, consultation and information, the DPIA and the DPO's advice.
import type { DocContext } from './context';
import { yesNo } from './context';
import { EMPTY, orDash } from './format';
import { answer } from './sections';
import { applicableRows } from './sections-cameras';
import { fields, table } from '../../../pdf/table';

export function balancingSection(c: DocContext): void {
  const { flow, t, a } = c;
  flow.heading(t.sections.balancing, 2);
  answer(c, t.interest, a.balancing.interest);
  answer(c, t.intrusion, a.balancing.intrusion);
  answer(c, t.mitigations, a.balancing.mitigations);
  answer(c, t.reasoning, a.balancing.reasoning);
}

export function retentionText(c: DocContext): string {
  const h = c.a.data.retentionHours;
  return h === null ? EMPTY : c.t.retentionHours(h);
}

export function dataSection(c: DocContext): void {
  const { flow, t, a } = c;
  const d = a.data;
  flow.heading(t.sections.data, 2);
  fields(
    flow,
    applicableRows(c, [
      ['data.legalBasis', t.legalBasis, d.legalBasis === '' ? EMPTY : t.legalBases[d.legalBasis]],
      ['data.legalBasisConfirmedByDpo', t.dpoConfirmed, yesNo(t, d.legalBasisConfirmedByDpo)],
      ['data.retentionHours', t.retention, retentionText(c)],
      ['data.autoDelete', t.autoDelete, yesNo(t, d.autoDelete)],
      ['data.incidentClipRoutine', t.incidentClip, orDash(d.incidentClipRoutine)],
      ['data.accessLog', t.accessLog, yesNo(t, d.accessLog)],
      ['data.policeDisclosure', t.police, orDash(d.policeDisclosure)],
      ['data.processorUsed', t.processorUsed, yesNo(t, d.processorUsed)],
      ['data.processorName', t.processor, orDash(d.processorName)],
      ['data.processorAgreement', t.processorAgreement, yesNo(t, d.processorAgreement)],
      ['data.storage', t.storage, d.storage === '' ? EMPTY : t.storages[d.storage]],
      ['data.storageInEuEea', t.euEea, yesNo(t, d.storageInEuEea)],
      ['data.transferBasis', t.transfer, orDash(d.transferBasis)],
      ['data.placementDrawingsShared', t.drawingsShared, yesNo(t, d.placementDrawingsShared ?? '')],
    ]),
  );
  flow.heading(t.access, 3);
  const [role, rights] = t.accessCols;
  if (d.accessRoles.length === 0) flow.paragraph(EMPTY);
  else
    table(
      flow,
      [
        { header: role!, width: 0.35 },
        { header: rights!, width: 0.65 },
      ],
      d.accessRoles.map((r) => [orDash(r.role), orDash(r.rights)]),
    );
}

export function consultationSection(c: DocContext): void {
  const { flow, t, a } = c;
  const k = a.consultation;
  flow.heading(t.sections.consultation, 2);
  fields(
    flow,
    applicableRows(c, [
      ['consultation.unionForm', t.union, k.unionForm === '' ? EMPTY : t.unionForms[k.unionForm]],
      ['consultation.unionDate', t.unionDate, orDash(k.unionDate)],
      ['consultation.safetyRepresentativeConsulted', t.safetyRep, yesNo(t, k.safetyRepresentativeConsulted)],
      ['consultation.pupilsInformed', t.pupilsInformed, yesNo(t, k.pupilsInformed)],
      ['consultation.guardiansInformed', t.guardiansInformed, yesNo(t, k.guardiansInformed)],
      ['consultation.staffInformed', t.staffInformed, yesNo(t, k.staffInformed)],
      ['consultation.informationForChildren', t.forChildren, yesNo(t, k.informationForChildren)],
      ['consultation.signage', t.signage, yesNo(t, k.signage)],
      ['consultation.signageDescription', t.signageDescription, c.omitPlacement ? t.omitted : orDash(k.signageDescription)],
      ['consultation.art13Where', t.art13Where, orDash(k.art13Where)],
    ]),
  );
  answer(c, t.art13Text, k.art13Text, false);
}

export function dpiaSection(c: DocContext): void {
  const { flow, t, a, ev } = c;
  const k = a.consultation;
  flow.heading(t.sections.dpia, 2);
  fields(
    flow,
    applicableRows(c, [
      ['consultation.dpiaDone', t.dpiaDone, yesNo(t, k.dpiaDone)],
      ['', t.dpiaIndicated, ev.dpiaIndicated ? t.yes : t.no],
      ['consultation.dpiaReference', t.dpiaReference, orDash(k.dpiaReference)],
      ['consultation.dpiaNoneReason', t.dpiaNoneReason, orDash(k.dpiaNoneReason)],
      ['consultation.dpoAdviceDate', t.dpoAdviceDate, orDash(k.dpoAdviceDate)],
    ]),
  );
  answer(c, t.dpoAdvice, k.dpoAdvice);
}
