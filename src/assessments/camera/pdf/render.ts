// The jsPDF side of the camera's PDF, loaded only through the dynamic imports in entry.ts and in the kind
// (pages.ts). It lays out the assessment, stamps every page with its number and the fingerprint, and embeds
// the data as XMP.
import type { Assessment, Evaluation, Lang, Policy, SignedRecord } from '../domain';
import { defaultPolicy, evaluate, isoDateOf, recordFromRawDocument } from '../domain';
import { appendicesApply, letterAppendix, signAppendix } from './appendices';
import type { DocContext } from './context';
import { organisationOf } from './context';
import type { PdfDeps } from '../../../pdf/fonts';
import { browserDeps, loadFonts, registerFonts } from '../../../pdf/fonts';
import { Flow } from '../../../pdf/layout';
import { measuresSection, outcomeBox, problemSection, schoolSection } from './sections';
import { decisionHeader } from './sections-formal';
import { camerasSection } from './sections-cameras';
import { changesSection } from './sections-changes';
import { balancingSection, consultationSection, dataSection, dpiaSection } from './sections-data';
import { decisionSection, registerSection, reviewSection } from './sections-decision';
import { pdfText } from './text';
import { embeddedImages, viewAppendix } from './view-images';
import type { ViewImages } from './view-images';
import { finish, footers, madeBy, newDocument, runningHeader } from '../../../pdf/document';

export type { PdfDeps } from '../../../pdf/fonts';
export { localTimeZone } from '../../../pdf/document';

/** The camera's kb:render: what a verifier needs besides the signed data to lay out the same pages again (pages.ts). Not signed itself. */
interface RenderOptions {
  /** The app version that made the PDF: a later app may word or lay out pages differently. */
  appVersion: string;
  /** The source that made it (added 2026-12-06; absent in PDFs made before): pages compare exactly only within one. */
  build?: string;
  lang: Lang;
  /** When the PDF was made (its "printed" date), ISO date-time. */
  printedAt: string;
  /** The maker's time zone (IANA name): printed dates and times are local, so another zone prints others. */
  timeZone: string;
  /** The organisation's policy the outcome was evaluated with; organisation and DPO names come from it. */
  policy: Policy;
  /** The day the evaluation printed was made for; null when the caller's evaluation matched no known day. */
  evaluatedOn: string | null;
  /** The signed version this one continues (its raw JSON), whose changes are printed; null if none. */
  previous: unknown;
}

export interface AssessmentPdfInput {
  assessment: Assessment;
  /** The evaluation the review step showed; by default evaluated on the signing date (a draft: today). */
  evaluation?: Evaluation;
  policy?: Policy;
  lang?: Lang;
  /** A copy for wide distribution: no exact placement or field of view, and no embedded data (OSL 18:8). */
  omitPlacement?: boolean;
  /** When the PDF is made (the "printed" date); now by default. */
  now?: Date;
  /** The signed version this one continues: its differences are printed after the outcome. */
  previous?: Assessment;
  /** What was signed (the version row's record); by default derived from the signed document itself. */
  signed?: SignedRecord;
  /** The cameras' drawings and photos by hash (storage's attachments); printed only in the full copy. */
  images?: ViewImages;
}

/** The day `given` was evaluated for, among the two a caller uses (signing day, today); null if neither. */
function evaluatedOn(a: Assessment, policy: Policy, given: Evaluation | undefined, printedOn: string): string | null {
  const days = [...new Set([a.signoff?.date || printedOn, printedOn])];
  if (given === undefined) return days[0]!;
  const text = JSON.stringify(given);
  return days.find((day) => JSON.stringify(evaluate(a, policy, day)) === text) ?? null;
}

export async function renderAssessmentPdf(input: AssessmentPdfInput, deps: PdfDeps = browserDeps): Promise<Uint8Array> {
  const lang = input.lang ?? 'sv';
  const t = pdfText(lang);
  const now = input.now ?? new Date();
  const a = input.assessment;
  const fonts = await loadFonts(deps);
  const doc = newDocument(lang);
  registerFonts(doc, fonts);
  const fingerprint = a.signoff?.fingerprint ?? '';
  const printedOn = isoDateOf(now);
  const policy = input.policy ?? defaultPolicy;
  const right = `${t.version} ${a.version} · ${a.signoff ? t.signedOn(a.signoff.date) : t.draft}`;
  const flow = new Flow(doc, fonts.coverage, runningHeader([a.school.schoolName, t.docTitle].filter((s) => s !== '').join(' – '), right));
  const c: DocContext = {
    flow,
    t,
    lang,
    a,
    ev: input.evaluation ?? evaluate(a, policy, a.signoff?.date || printedOn),
    policy,
    omitPlacement: input.omitPlacement ?? false,
    printedOn,
    fingerprint,
  };
  decisionHeader(c);
  outcomeBox(c);
  if (input.previous) changesSection(c, input.previous);
  for (const section of [schoolSection, problemSection, measuresSection, camerasSection, balancingSection, dataSection, consultationSection, dpiaSection, reviewSection, decisionSection, registerSection]) section(c);
  if (appendicesApply(c)) {
    signAppendix(c);
    letterAppendix(c);
  }
  viewAppendix(c, input.images);
  footers(flow, t, fingerprint === '' ? t.draft : t.fingerprint(fingerprint));
  const school = a.school.schoolName;
  const withData = !c.omitPlacement;
  const record = withData && a.signoff !== null ? (input.signed ?? (await recordFromRawDocument(a))) : null;
  const render: RenderOptions = {
    ...madeBy(now, lang),
    policy,
    evaluatedOn: evaluatedOn(a, policy, input.evaluation, printedOn),
    previous: input.previous ?? null,
  };
  return finish(
    doc,
    {
      title: school ? `${t.docTitle} – ${school}` : t.docTitle,
      subject: t.subject,
      author: [a.signoff?.name ?? a.school.principal.name, organisationOf(c)].filter((s) => s !== '').join(', '),
      keywords: [t.keywords, school, fingerprint].filter((s) => s !== '').join(', '),
      lang,
      // The whole document, not canonicalJson: that one leaves out the fingerprint and the bookkeeping fields.
      json: c.omitPlacement ? null : JSON.stringify(a),
      redacted: c.omitPlacement,
      fingerprint,
      signedJson: record === null ? null : JSON.stringify(record),
      // A copy for distribution carries nothing a verifier could use, so no previous version either.
      renderJson: withData ? JSON.stringify(render) : null,
      // The images only with the data: the copy for distribution never carries them.
      attachmentsJson: withData ? embeddedImages(a.cameras, input.images) : null,
    },
    now,
  );
}
