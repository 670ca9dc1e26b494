// The outcome box and the sections for school, problem and other measures.
import type { Outcome } from '../domain';
import { outcomeName } from '../domain';
import type { DocContext } from './context';
import { yesNo } from './context';
import { EMPTY, earlierBasisText, enumLabel, money, orDash, person } from './format';
import { fields, table } from '../../../pdf/table';
import { COLOR } from '../../../pdf/theme';
import type { Rgb } from '../../../pdf/theme';

/** The explanation without instructions to the app's user ("Läs de 6 varningarna…"): a signed document states facts. */
export function withoutAppInstructions(text: string): string {
  return text
    .replace(/\s*Läs (?:varningen|de \d+ varningarna) och svara på (?:den|dem) innan du skriver under\./g, '')
    .replace(/\s*Read the (?:warning|\d+ warnings) and answer (?:it|them) before you sign\./g, '')
    .trim();
}

const TONES: Record<Outcome, { bar: Rgb; fill: Rgb }> = {
  blocked: { bar: COLOR.red, fill: COLOR.redFill },
  incomplete: { bar: COLOR.grey, fill: COLOR.greyFill },
  'try-other-measures': { bar: COLOR.amber, fill: COLOR.amberFill },
  'central-review': { bar: COLOR.amber, fill: COLOR.amberFill },
  escalate: { bar: COLOR.amber, fill: COLOR.amberFill },
  'principal-decides': { bar: COLOR.green, fill: COLOR.greenFill },
};

export function outcomeBox(c: DocContext): void {
  const { t, ev, lang } = c;
  const paragraphs = [withoutAppInstructions(ev.explanation[lang]), `${t.rulesInForce}: ${t.regime[ev.regime]}`];
  c.flow.box(t.outcomeTitle(outcomeName(ev.outcome, lang)), paragraphs, TONES[ev.outcome]);
}

/** A sub-heading with the answer below it; nothing when the answer is empty and `always` is false. */
export function answer(c: DocContext, title: string, text: string, always = true): void {
  if (!always && text.trim() === '') return;
  c.flow.heading(title, 3);
  c.flow.paragraph(orDash(text));
}

export function schoolSection(c: DocContext): void {
  const { flow, t, a } = c;
  const s = a.school;
  flow.heading(t.sections.school, 2);
  const ownerType = s.ownerType === '' ? '' : ` (${t.ownerType[s.ownerType]})`;
  const day = s.schoolDay.from || s.schoolDay.to ? `${orDash(s.schoolDay.from)}–${orDash(s.schoolDay.to)}` : EMPTY;
  fields(flow, [
    [t.owner, orDash(s.ownerName) + ownerType],
    [t.school, orDash(s.schoolName)],
    [t.unitCode, orDash(s.unitCode)],
    [t.youngestAge, s.youngestPupilAge === null ? EMPTY : t.years(s.youngestPupilAge)],
    [t.schoolDay, day],
    [t.principal, person(s.principal)],
    [t.cameraPerson, person(s.cameraPerson)],
    [t.dpo, person(s.dpo)],
    [t.decisionDate, orDash(s.decisionDate)],
    [t.plannedStart, orDash(s.plannedStart)],
    // Only in a review of cameras already filming; an older file has no such row.
    ...(s.earlierBasis === undefined ? [] : [[t.earlierBasis, earlierBasisText(s.earlierBasis, t)] as [string, string]]),
  ]);
}

export function problemSection(c: DocContext): void {
  const { flow, t, a, lang } = c;
  const p = a.problem;
  flow.heading(t.sections.problem, 2);
  answer(c, t.problemText, p.description);
  answer(c, t.purpose, p.purpose);
  flow.heading(t.incidents, 3);
  if (p.incidents.length === 0) flow.paragraph(t.noIncidents);
  else {
    const [d, pl, ty, de, po, co] = t.incidentCols;
    table(
      flow,
      [
        { header: d!, width: 0.125 },
        { header: pl!, width: 0.2 },
        { header: ty!, width: 0.12 },
        { header: de!, width: 0.29 },
        { header: po!, width: 0.165 },
        { header: co!, width: 0.1, align: 'right' },
      ],
      p.incidents.map((i) => [
        [i.date, i.time].filter((s) => s !== '').join(' ') || EMPTY,
        c.omitPlacement ? t.omitted : orDash(i.place),
        enumLabel(t.incidentTypes, i.type),
        orDash(i.description),
        orDash(i.policeReportNumber),
        money(i.costSek, lang),
      ]),
    );
  }
  answer(c, t.needReasoning, p.needReasoning, false);
}

export function measuresSection(c: DocContext): void {
  const { flow, t, a } = c;
  flow.heading(t.sections.measures, 2);
  const items = a.measures.items;
  if (items.length === 0) flow.paragraph(t.noMeasures);
  else {
    const [m, tr, wh, re, why] = t.measureCols;
    table(
      flow,
      [
        { header: m!, width: 0.23 },
        { header: tr!, width: 0.09 },
        { header: wh!, width: 0.125 },
        { header: re!, width: 0.255 },
        { header: why!, width: 0.3 },
      ],
      items.map((i) => {
        const name = [i.kind === '' ? '' : t.measureKinds[i.kind], i.description].filter((s) => s !== '').join(': ');
        const tried = i.tried === 'yes';
        return [
          orDash(name),
          yesNo(t, i.tried),
          tried ? orDash(i.when) : EMPTY,
          tried ? orDash(i.result) : EMPTY,
          orDash(tried ? i.whyInsufficient : i.tried === 'no' ? i.whyNotPossible : ''),
        ];
      }),
    );
  }
  answer(c, t.noneReason, a.measures.noneReason, false);
}
