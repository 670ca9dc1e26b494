// The jsPDF side of the digital-service PDF, loaded only by a dynamic import when "Skapa PDF" is pressed:
// the decision page, the assessment and the guardians' appendix, every page stamped with its number and
// (once a decision is recorded) the kontrollkod, and the validation embedded as XMP so the batch checker
// and "Verifiera dokument" can read it back.
import { isoDateOf } from '../../../engine/dates';
import type { Lang } from '../../../engine/kind';
import { finish, footers, madeBy, newDocument, runningHeader } from '../../../pdf/document';
import type { PdfDeps } from '../../../pdf/fonts';
import { browserDeps, loadFonts, registerFonts } from '../../../pdf/fonts';
import { Flow } from '../../../pdf/layout';
import { evaluate } from '../evaluate';
import { DEFAULT_POLICY } from '../policy';
import type { ServiceDoc } from '../schema';
import { serviceText } from '../ui/text';
import { type DsContext, outcomeName } from './context';
import { decisionPage } from './formal';
import { guardiansAppendix } from './guardians';
import { decisionRecord } from './record';
import { answersSection, findingsSection } from './sections';
import { enPdf } from './text-en';
import { svPdf } from './text-sv';

export interface ServicePdfInput {
  doc: ServiceDoc;
  /** The day the decision was recorded; null for a draft (no kontrollkod, no record). */
  decidedOn: string | null;
  lang?: Lang;
  /** When the PDF is made; now by default. */
  now?: Date;
  /** The school (enhet), when the caller knows it. */
  unit?: string;
}

export async function renderServicePdf(input: ServicePdfInput, deps: PdfDeps = browserDeps): Promise<Uint8Array> {
  const lang = input.lang ?? 'sv';
  const t = lang === 'sv' ? svPdf : enPdf;
  const now = input.now ?? new Date();
  const { doc, decidedOn } = input;
  // A decision is evaluated on the day it was recorded, so a later PDF prints the same outcome.
  const today = decidedOn ?? isoDateOf(now);
  const record = decidedOn === null ? null : await decisionRecord(doc, decidedOn);
  // Its own language's words, which the screen may not have loaded (a PDF verified in the other language).
  const [fonts, words] = await Promise.all([loadFonts(deps), serviceText(lang)]);
  const pdf = newDocument(lang);
  registerFonts(pdf, fonts);
  const ev = evaluate(doc, today);
  // As the decision page's status: a recorded date without a verdict the outcome allows is still a draft.
  const right = decidedOn && (ev.verdicts as readonly string[]).includes(doc.decision.verdict) ? t.recorded(decidedOn) : t.draft;
  const flow = new Flow(pdf, fonts.coverage, runningHeader([doc.service.name, t.docTitle].filter((s) => s.trim() !== '').join(' – '), right));
  const c: DsContext = {
    flow,
    lang,
    t,
    words,
    doc,
    ev,
    ctx: { today, policy: DEFAULT_POLICY },
    decidedOn,
    unit: input.unit ?? '',
  };
  decisionPage(c);
  flow.newPage();
  flow.heading(t.assessment, 2);
  flow.paragraph(t.outcome(outcomeName(c)));
  findingsSection(c);
  answersSection(c);
  guardiansAppendix(c);
  const fingerprint = record?.fingerprint ?? '';
  footers(flow, t, fingerprint === '' ? t.draftFooter : t.fingerprint(fingerprint));
  const render = { ...madeBy(now, lang), evaluatedOn: today, unit: c.unit };
  return finish(
    pdf,
    {
      title: doc.service.name ? `${t.docTitle} – ${doc.service.name}` : t.docTitle,
      subject: t.subject,
      author: [doc.decision.deciderName, doc.roles.ownerName].filter((s) => s.trim() !== '').join(', '),
      keywords: [t.keywords, doc.service.name, fingerprint].filter((s) => s !== '').join(', '),
      lang,
      json: JSON.stringify(doc),
      redacted: false,
      fingerprint,
      signedJson: record === null ? null : JSON.stringify(record),
      renderJson: JSON.stringify(render),
    },
    now,
  );
}
