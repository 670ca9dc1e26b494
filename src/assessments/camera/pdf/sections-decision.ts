// Sections 9–11: the findings with their sources, the decision with the signature, the register entry.
import type { Finding, Severity, Signoff } from '../domain';
import { RULEBOOK_CHECKED, activeCameras } from '../domain';
import type { DocContext } from './context';
import { EMPTY, dateTime, hoursText, orDash } from './format';
import { answer } from './sections';
import { areaText } from './sections-cameras';
import { retentionText } from './sections-data';
import { fields, table } from '../../../pdf/table';
import { COLOR, SIZE, lineHeight } from '../../../pdf/theme';

const SEVERITY_ORDER: Severity[] = ['block', 'escalate', 'warn', 'info'];

function findingText(c: DocContext, f: Finding): string {
  const cam = f.cameraId ? c.a.cameras.find((x) => x.id === f.cameraId) : undefined;
  const text = (cam ? c.t.cameraPrefix(cam.name) : '') + f.message[c.lang];
  const why = c.a.justifications[f.key];
  return why && why.trim() !== '' ? `${text}\n${c.t.justification}: ${why}` : text;
}

export function reviewSection(c: DocContext): void {
  const { flow, t, ev, lang } = c;
  flow.heading(t.sections.review, 2);
  flow.paragraph(t.rulebookChecked(RULEBOOK_CHECKED), { size: SIZE.small, color: COLOR.muted });
  const findings = [...ev.findings].sort((x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity));
  if (findings.length === 0) flow.paragraph(t.noFindings);
  else {
    const [lvl, fnd, src] = t.findingCols;
    table(
      flow,
      [
        { header: lvl!, width: 0.12 },
        { header: fnd!, width: 0.56 },
        { header: src!, width: 0.32 },
      ],
      findings.map((f) => [t.severities[f.severity], findingText(c, f), `${f.source.title}\n${f.source.url}`]),
    );
  }
  if (ev.missing.length > 0) {
    flow.heading(t.missing, 3);
    const steps = t.sections as Record<string, string>;
    for (const m of ev.missing) flow.bullet(`${m.label[lang]} (${steps[m.step] ?? m.step})`, undefined, 0.3);
    flow.gap(2);
  }
}

export function decisionSection(c: DocContext): void {
  const { flow, t, a, ev } = c;
  flow.heading(t.sections.decision, 2);
  if (a.cameras.length > 0) {
    const [cam, verdict, reason] = t.decisionCols;
    table(
      flow,
      [
        { header: cam!, width: 0.25 },
        { header: verdict!, width: 0.15 },
        { header: reason!, width: 0.6 },
      ],
      a.cameras.map((k) => {
        const d = a.decision.cameraDecisions.find((x) => x.cameraId === k.id);
        const v = d && d.verdict !== '' ? t.verdicts[d.verdict] : t.verdicts.none;
        return [orDash(k.name), v, orDash(d?.reason)];
      }),
    );
  }
  answer(c, t.overallReason, a.decision.overallReason);
  fields(flow, [
    [t.nextReview, orDash(a.decision.nextReviewDate || ev.nextReviewDate)],
    [t.registryNumber, orDash(a.decision.registryNumber)],
  ]);
  if (a.signoff) signed(c, a.signoff);
  else signatureLines(c);
  const later = a.laterDecision;
  if (later) {
    flow.heading(t.laterDecision, 3);
    fields(flow, [
      [t.laterBy[later.by], t.laterResult[later.result]],
      [t.laterDate, orDash(later.date)],
      [t.laterReference, orDash(later.reference)],
      [t.laterDecidedBy, orDash(later.decidedBy)],
    ]);
  }
}

function signed(c: DocContext, s: Signoff): void {
  const { flow, t } = c;
  flow.heading(t.signoffKinds[s.kind], 3);
  flow.paragraph(`${s.attested ? '☑' : '☐'} ${t.attestations[s.kind]}`);
  fields(flow, [
    [t.signerName, orDash(s.name)],
    [t.signerTitle, orDash(s.title)],
    [t.signerPlace, orDash(s.place)],
    [t.signerDate, orDash(s.date)],
    [t.signedAt, dateTime(s.signedAt)],
  ]);
  const boxW = 75;
  const boxH = s.signature.type === 'drawn' ? 26 : 13;
  flow.ensure(boxH + 8);
  const top = flow.y;
  if (s.signature.type === 'drawn') {
    try {
      const img = flow.doc.getImageProperties(s.signature.image);
      const scale = Math.min(boxW / img.width, boxH / img.height);
      flow.doc.addImage(s.signature.image, 'PNG', flow.left, top, img.width * scale, img.height * scale);
    } catch {
      flow.drawLine(flow.clean(t.signatureUnreadable), flow.left, top + boxH / 2, { size: SIZE.body, color: COLOR.red });
    }
  } else {
    const line = flow.wrap(s.signature.typedName, boxW, { size: SIZE.sign })[0] ?? '';
    flow.drawLine(line, flow.left, top + boxH - lineHeight(SIZE.sign), { size: SIZE.sign, color: COLOR.accent });
  }
  flow.y = top + boxH + 1;
  rule(c, flow.left, boxW, s.signature.type === 'drawn' ? t.signature : t.typedSignature);
  flow.y += lineHeight(SIZE.small) + 3;
}

/** A line to sign on, with its caption below. */
function rule(c: DocContext, x: number, w: number, caption: string): void {
  const { flow } = c;
  flow.doc.setDrawColor(...COLOR.text);
  flow.doc.setLineWidth(0.3);
  flow.doc.line(x, flow.y, x + w, flow.y);
  flow.drawLine(flow.clean(caption), x, flow.y + 0.6, { size: SIZE.small, color: COLOR.muted });
}

/** A draft printed for signing by hand: what would be signed, and lines to sign on. */
function signatureLines(c: DocContext): void {
  const { flow, t, ev } = c;
  const title = ev.signoffKind ? t.signoffKinds[ev.signoffKind] : t.signature;
  flow.ensure(flow.headingHeight(title, 3) + 36);
  flow.heading(title, 3);
  flow.gap(8);
  const w = (flow.width - 10) / 2;
  const [sig, name, placeDate] = t.signLines;
  const y = flow.y;
  rule(c, flow.left, w, sig!);
  rule(c, flow.left + w + 10, w, placeDate!);
  flow.y = y + 14;
  rule(c, flow.left, w, name!);
  flow.y += 6;
}

export function registerSection(c: DocContext): void {
  const { flow, t, a } = c;
  flow.heading(t.sections.register, 2);
  flow.paragraph(t.registerIntro, { size: SIZE.small, color: COLOR.muted });
  const cams = activeCameras(a);
  const places = cams.map((k) => `${orDash(k.name)}: ${areaText(c, k)}${c.omitPlacement || !k.location ? '' : `, ${k.location}`}`);
  const hours = cams.map((k) => `${orDash(k.name)}: ${hoursText(k.hours, t)}`);
  const decision = [a.decision.registryNumber, a.school.decisionDate].filter((s) => s !== '').join(', ');
  fields(flow, [
    [t.school, [a.school.schoolName, a.school.unitCode].filter((s) => s !== '').join(', ') || EMPTY],
    [t.places, places.join('\n') || EMPTY],
    [t.purpose, orDash(a.problem.purpose)],
    [t.hours, hours.join('\n') || EMPTY],
    [t.retention, retentionText(c)],
    [t.start, orDash(a.school.plannedStart)],
    [t.decisionRef, orDash(decision)],
    [t.fingerprintLabel, c.fingerprint.replace(/(.{8})(?=.)/g, '$1 ') || t.draft], // groups of 8 wrap cleanly and read aloud
    ...(a.endedOn === '' ? [] : [[t.surveillanceEnded, a.endedOn] as [string, string]]),
  ]);
}
