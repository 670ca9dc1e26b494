// The register (förteckning) as a PDF: A4 landscape for its wide table, the same fonts, header and numbered
// footers as the assessment. Loaded, like render.ts, only through the dynamic import in entry.ts.
import type { Lang, RegisterEntry } from '../domain';
import { REGISTER_STATUS_LABELS, isoDateOf } from '../domain';
import type { PdfDeps } from '../../../pdf/fonts';
import { browserDeps, loadFonts, registerFonts } from '../../../pdf/fonts';
import { EMPTY, orDash } from './format';
import { Flow } from '../../../pdf/layout';
import { finish, footers, newDocument, runningHeader } from '../../../pdf/document';
import { table } from '../../../pdf/table';
import type { Column } from '../../../pdf/table';
import { pdfText } from './text';
import { COLOR, LANDSCAPE_BODY, LANDSCAPE_PAGE, SIZE } from '../../../pdf/theme';

/** One signed version of an assessment in the register, for the list of versions after the table. */
export interface RegisterVersionRow {
  school: string;
  version: number;
  decisionDate: string;
  reference: string;
  signer: string;
  signedOn: string;
  fingerprint: string;
}

export interface RegisterPdfOptions {
  versions?: RegisterVersionRow[];
  /** Named in the header, e.g. the policy's organisation. */
  organisation?: string;
  /** The entries name the kind of place, not the exact one (registerEntries with redacted: true). */
  redacted?: boolean;
  now?: Date;
}

/** Groups of 8 wrap cleanly in a narrow column and read aloud in chunks. */
const grouped = (fingerprint: string): string => fingerprint.replace(/(.{8})(?=.)/g, '$1 ') || EMPTY;

const ENTRY_WIDTHS = [0.1, 0.15, 0.17, 0.11, 0.065, 0.065, 0.065, 0.07, 0.08, 0.125];
const VERSION_WIDTHS = [0.22, 0.08, 0.12, 0.14, 0.2, 0.24];

const columns = (headers: readonly string[], widths: number[]): Column[] => headers.map((header, i) => ({ header, width: widths[i]! }));

export async function renderRegisterPdf(entries: RegisterEntry[], lang: Lang = 'sv', options: RegisterPdfOptions = {}, deps: PdfDeps = browserDeps): Promise<Uint8Array> {
  const t = pdfText(lang);
  const now = options.now ?? new Date();
  const printed = isoDateOf(now);
  const organisation = options.organisation?.trim() ?? '';
  const fonts = await loadFonts(deps);
  const doc = newDocument(lang, 'landscape');
  registerFonts(doc, fonts);
  const header = runningHeader([organisation, t.registerTitle].filter((s) => s !== '').join(' – '), t.registerPrinted(printed));
  const flow = new Flow(doc, fonts.coverage, header, LANDSCAPE_BODY, LANDSCAPE_PAGE);

  if (organisation !== '') flow.paragraph(organisation, { size: SIZE.body, color: COLOR.muted }, 0, 0.6);
  flow.paragraph(t.registerTitle, { size: SIZE.title, bold: true, color: COLOR.accent }, 0, 0.8);
  flow.paragraph(`${t.registerPrinted(printed)} · ${t.registerCount(entries.length)}`, { size: SIZE.body }, 0, 2);
  flow.paragraph(t.registerIntro, { size: SIZE.small, color: COLOR.muted }, 0, 2);
  if (options.redacted) flow.box('', [t.registerRedacted], { bar: COLOR.amber, fill: COLOR.amberFill });

  if (entries.length === 0) flow.paragraph(t.registerEmpty);
  else
    table(
      flow,
      columns(t.registerCols, ENTRY_WIDTHS),
      entries.map((e) => [
        orDash(e.school),
        [e.cameraName, e.place[lang]].filter((s) => s.trim() !== '').join('\n') || EMPTY,
        orDash(e.purpose),
        e.hours[lang],
        e.retention[lang],
        orDash(e.start),
        orDash(e.end),
        REGISTER_STATUS_LABELS[e.status][lang],
        [e.decisionReference, t.registerVersion(e.version)].filter((s) => s !== '').join('\n'),
        grouped(e.fingerprint),
      ]),
      { size: SIZE.table - 0.5 },
    );

  const versions = options.versions ?? [];
  if (versions.length > 0) {
    flow.heading(t.versionsTitle, 2);
    flow.paragraph(t.versionsIntro, { size: SIZE.small, color: COLOR.muted });
    table(
      flow,
      columns(t.versionsCols, VERSION_WIDTHS),
      versions.map((v) => [orDash(v.school), String(v.version), orDash(v.decisionDate), orDash(v.reference), orDash(t.versionsSigned(v.signer, v.signedOn)), grouped(v.fingerprint)]),
      { size: SIZE.table - 0.5 },
    );
  }

  footers(flow, t, `${t.registerTitle} · ${t.registerPrinted(printed)}`);
  return finish(
    doc,
    {
      title: organisation ? `${t.registerTitle} – ${organisation}` : t.registerTitle,
      subject: t.registerSubject,
      author: organisation || 'Kamerabedömning',
      keywords: [t.registerKeywords, ...new Set(entries.map((e) => e.school))].filter((s) => s !== '').join(', '),
      lang,
      json: null,
      redacted: options.redacted ?? false,
      fingerprint: '',
    },
    now,
  );
}
