// Reuse of a platform validation (domain brief, section 6, the Oslo model): the förvaltning exports its
// decided validation of a whole platform as a file; a school starts from it, takes over every answer the
// question definition marks `inheritable` read-only, and answers only its own questions. A newer version
// of the same platform validation flags every school validation built on the old one.
import { sha256Hex } from '../../engine/sha256';
import type { IsoDate } from '../../engine/dates';
import type { Text } from '../../engine/kind';
import { stepList } from './questions';
import { parseDocument, type ServiceDoc } from './schema';

export const PLATFORM_FORMAT = 'kamerabedomning/platform-validation';
const PLATFORM_FORMAT_VERSION = 1;
/** A platform validation is a few hundred kB at most; anything bigger is not one. */
const MAX_CHARS = 5 * 1024 * 1024;

export interface PlatformPackage {
  format: typeof PLATFORM_FORMAT;
  formatVersion: number;
  exportedAt: string;
  /** 'YYYY-MM-DD' the förvaltning decided, or '' for a validation still under review. */
  decidedOn: IsoDate | '';
  /** SHA-256 of the document's JSON as restored (keys in schema order), so a changed file is noticed. */
  fingerprint: string;
  doc: ServiceDoc;
}

/** Every answer a school takes over, as 'step.question': read from the question definition, never listed here. */
export const INHERITED_PATHS: readonly string[] = stepList.flatMap((s) =>
  Object.entries(s.questions).flatMap(([key, q]) => (q.inheritable ? [`${s.id}.${key}`] : [])),
);

/** Taken over from the platform validation, so not the school's to change (the platform step is all of it). */
export const isInherited = (doc: ServiceDoc, path: string): boolean =>
  doc.inheritedFrom !== undefined && (path.startsWith('platform.') || INHERITED_PATHS.some((p) => path === p || path.startsWith(`${p}.`)));

const fingerprintOf = (doc: ServiceDoc): Promise<string> => sha256Hex(JSON.stringify(doc));

/** Only a validation the förvaltning decides is a platform validation others may build on. */
export const isPlatformValidation = (doc: ServiceDoc): boolean => doc.decision.level === 'administration';

export async function platformPackage(doc: ServiceDoc, decidedOn: string | null, now: Date): Promise<PlatformPackage> {
  return {
    format: PLATFORM_FORMAT,
    formatVersion: PLATFORM_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    decidedOn: decidedOn ?? '',
    fingerprint: await fingerprintOf(doc),
    doc,
  };
}

const problem = (sv: string, en: string): { ok: false; message: Text } => ({ ok: false, message: { sv, en } });
const NOT_ONE = problem(
  'Filen är ingen plattformsvalidering. Välj en fil som sparats med "Exportera som plattformsvalidering".',
  'The file is not a platform validation. Choose a file saved with "Export as platform validation".',
);

/** Untrusted text in; the package, or one message saying why not. Never throws. */
export async function readPlatformPackage(text: string): Promise<{ ok: true; pkg: PlatformPackage } | { ok: false; message: Text }> {
  if (text.length > MAX_CHARS) return NOT_ONE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return NOT_ONE;
  }
  if (typeof raw !== 'object' || raw === null) return NOT_ONE;
  const r = raw as Partial<Record<keyof PlatformPackage, unknown>>;
  if (r.format !== PLATFORM_FORMAT || r.formatVersion !== PLATFORM_FORMAT_VERSION) return NOT_ONE;
  const parsed = parseDocument(r.doc);
  if (!parsed.ok) return problem(`Plattformsvalideringen i filen går inte att läsa (${parsed.issues[0] ?? ''}).`, `The platform validation in the file cannot be read (${parsed.issues[0] ?? ''}).`);
  if (!isPlatformValidation(parsed.doc)) {
    return problem('Valideringen i filen är inte beslutad av förvaltningen, så den kan inte användas som plattformsvalidering.', 'The validation in the file is not decided by the administration, so it cannot be used as a platform validation.');
  }
  const decidedOn = r.decidedOn;
  if (decidedOn !== '' && (typeof decidedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn))) return NOT_ONE;
  if (typeof r.fingerprint !== 'string' || r.fingerprint !== (await fingerprintOf(parsed.doc))) {
    return problem('Plattformsvalideringen har ändrats efter att den exporterades (kontrollkoden stämmer inte). Inget har ändrats.', 'The platform validation was changed after it was exported (the fingerprint does not match). Nothing was changed.');
  }
  return { ok: true, pkg: { format: PLATFORM_FORMAT, formatVersion: PLATFORM_FORMAT_VERSION, exportedAt: String(r.exportedAt ?? ''), decidedOn, fingerprint: r.fingerprint, doc: parsed.doc } };
}

const STATUS = { approve: 'approved', approveWithConditions: 'approvedWithConditions', reject: 'rejected', refer: 'underReview', '': 'underReview' } as const;

type Parts = Record<string, Record<string, unknown>>;

/** The school validation built on the package: inherited answers and the platform's conditions replaced, its own kept. */
export function inherit(school: ServiceDoc, pkg: PlatformPackage, today: IsoDate): ServiceDoc | null {
  const p = pkg.doc;
  const out = structuredClone(school) as unknown as Parts;
  const from = p as unknown as Parts;
  for (const path of INHERITED_PATHS) {
    const [step = '', key = ''] = path.split('.');
    const target = out[step];
    if (target) target[key] = structuredClone(from[step]?.[key]);
  }
  const doc = out as unknown as ServiceDoc;
  doc.service.inherits = 'yes';
  doc.platform = {
    id: p.id,
    name: p.service.name,
    status: pkg.decidedOn === '' ? 'underReview' : STATUS[p.decision.verdict],
    signedOn: pkg.decidedOn,
    fingerprint: pkg.fingerprint,
    nextReview: p.decision.nextReview,
    youngestAge: p.service.youngestAge,
    categories: [...p.data.categories],
    specialCleared: p.data.clearedForSensitive,
    generativeAi: p.safety.generativeAi,
    highRiskAi: p.safety.highRiskAi,
  };
  // The platform's conditions bind the school too: they come in marked inherited and replace the old ones.
  const own = school.decision.conditions.filter((c) => c.inherited !== 'yes');
  doc.decision.conditions = [...p.decision.conditions.map((c) => ({ ...c, inherited: 'yes' as const, done: '' as const })), ...own];
  doc.inheritedFrom = { id: p.id, title: p.service.name, organisation: p.roles.ownerName, decidedOn: pkg.decidedOn, fingerprint: pkg.fingerprint, importedOn: today };
  delete doc.needsReview;
  const checked = parseDocument(doc);
  return checked.ok ? checked.doc : null;
}

/**
 * The school validations a newer version of the same platform validation supersedes: built on that platform
 * (same id), from another version (fingerprint), decided no later than the new one. Returned flagged.
 */
export function superseded(docs: readonly ServiceDoc[], pkg: PlatformPackage, today: IsoDate): ServiceDoc[] {
  return docs.flatMap((d) => {
    const from = d.inheritedFrom;
    if (!from || from.id !== pkg.doc.id || from.fingerprint === pkg.fingerprint) return [];
    if (d.needsReview?.fingerprint === pkg.fingerprint) return [];
    if (from.decidedOn !== '' && (pkg.decidedOn === '' || pkg.decidedOn < from.decidedOn)) return [];
    return [{ ...d, needsReview: { reason: 'platformSuperseded' as const, since: today, fingerprint: pkg.fingerprint } }];
  });
}
