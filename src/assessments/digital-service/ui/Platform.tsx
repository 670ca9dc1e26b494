// Reusing a platform validation on screen: the förvaltning's export, a school's "Utgå från en
// plattformsvalidering", the inherited answers shown read-only with their source, and the review flag.
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { isoDateOf } from '../../../engine/dates';
import { fileSlug } from '../../../engine/fileSlug';
import type { FormVisit } from '../../../ui/kind-wizard/types';
import { formatDate } from '../../../ui/i18n';
import { downloadText } from '../../../ui/shell/download';
import { useServices } from '../../../ui/services';
import { inherit, isPlatformValidation, platformPackage, readPlatformPackage, type PlatformPackage } from '../inherit';
import type { ServiceDoc } from '../schema';
import type { DsText } from './text';

type Status = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** A file chooser that looks like a button, and one place that announces what came of the file. */
export function FileButton({ id, label, onText }: { id: string; label: string; onText: (text: string) => Promise<Status> }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus(await onText(await file.text()));
    if (input.current) input.current.value = '';
  };
  return (
    <div class="ds-file">
      <input ref={input} id={id} class="visually-hidden file-input" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      <label for={id} class="button">{label}</label>
      <div role="status">{status.kind === 'done' && <p>{status.text}</p>}</div>
      <div role="alert">{status.kind === 'error' && <p class="ds-file__error">{status.text}</p>}</div>
    </div>
  );
}

const dateOr = (date: string, x: DsText) => (date ? formatDate(date, x.lang) : x.t('plat.undecided'));

/** On the first step: where a school starts from a platform validation, or sees which one it builds on. */
export function PlatformStart({ doc, x, onInherit }: { doc: ServiceDoc; x: DsText; onInherit: (next: ServiceDoc) => void }) {
  const from = doc.inheritedFrom;
  const { clock } = useServices();
  const read = async (text: string): Promise<Status> => {
    const r = await readPlatformPackage(text);
    if (!r.ok) return { kind: 'error', text: r.message[x.lang] };
    const next = inherit(doc, r.pkg, isoDateOf(clock()));
    if (!next) return { kind: 'error', text: x.t('load.invalid', { error: r.pkg.doc.id }) };
    onInherit(next);
    return { kind: 'done', text: x.t('plat.started', { title: r.pkg.doc.service.name }) };
  };
  return (
    <section class="ds-platform" aria-labelledby="ds-platform">
      <h2 id="ds-platform">{x.t('plat.title')}</h2>
      {from ? (
        <p>{x.t('plat.source', { title: from.title, organisation: from.organisation || x.t('plat.noOrg'), date: dateOr(from.decidedOn, x), imported: formatDate(from.importedOn, x.lang) })}</p>
      ) : (
        <p>{x.t('plat.startHelp')}</p>
      )}
      <FileButton id="ds-platform-file" label={x.t(from ? 'plat.startAgain' : 'plat.start')} onText={read} />
    </section>
  );
}

function shown(v: FormVisit, x: DsText): string {
  const value = v.value;
  if (Array.isArray(value)) {
    if (v.question.widget === 'list') return value.map((row: Record<string, unknown>) => Object.values(row).filter((s) => typeof s === 'string' && s).slice(0, 2).join(', ')).join('; ') || x.t('none');
    return value.map((s: string) => x.option(v.question.optionSet ?? '', s)).join(', ') || x.t('none');
  }
  if (value === null || value === '' || value === undefined) return x.t('none');
  if (v.question.optionSet && typeof value === 'string') return x.option(v.question.optionSet, value);
  return String(value);
}

/** Answers shown read-only, as a list of question and answer. */
export function AnswerFacts({ visits, x }: { visits: readonly FormVisit[]; x: DsText }) {
  return (
    <dl class="ds-facts">
      {visits.map((v) => (
        <Fact key={v.path} term={x.label(v.template)}>{shown(v, x)}</Fact>
      ))}
    </dl>
  );
}

/** The step's inherited answers, read-only, with where they come from. */
export function InheritedAnswers({ doc, visits, x }: { doc: ServiceDoc; visits: readonly FormVisit[]; x: DsText }) {
  const from = doc.inheritedFrom;
  if (!from || visits.length === 0) return null;
  return (
    <section class="ds-inherited" aria-labelledby="ds-inherited">
      <h2 id="ds-inherited">{x.t('plat.inherited')}</h2>
      <p class="muted">{x.t('plat.inheritedHelp', { title: from.title, organisation: from.organisation || x.t('plat.noOrg'), date: dateOr(from.decidedOn, x) })}</p>
      <AnswerFacts visits={visits} x={x} />
    </section>
  );
}

const Fact = ({ term, children }: { term: string; children: ComponentChildren }) => (
  <>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </>
);

/** At the top of the review page: the flag a newer version of the platform validation set. */
export function ReviewFlag({ doc, x }: { doc: ServiceDoc; x: DsText }) {
  const flag = doc.needsReview;
  if (!flag) return null;
  return (
    <section class="ds-flag" aria-labelledby="ds-flag">
      <h2 id="ds-flag">{x.t('plat.needsReview')}</h2>
      <p>{x.t('plat.needsReviewText', { title: doc.inheritedFrom?.title ?? '', since: formatDate(flag.since, x.lang) })}</p>
    </section>
  );
}

/** After the decision, for a validation the förvaltning decides: the file schools start from. */
export function PlatformExport({ doc, decidedOn, x }: { doc: ServiceDoc; decidedOn: string | null; x: DsText }) {
  const { clock } = useServices();
  if (!isPlatformValidation(doc)) return null;
  const exportIt = async () => {
    const now = clock();
    const pkg: PlatformPackage = await platformPackage(doc, decidedOn, now);
    downloadText(JSON.stringify(pkg), `plattformsvalidering-${fileSlug(doc.service.name)}-${isoDateOf(now)}.json`);
  };
  return (
    <section aria-labelledby="ds-export">
      <h2 id="ds-export">{x.t('plat.export')}</h2>
      <p>{x.t('plat.exportHelp')}</p>
      <button type="button" class="button" onClick={() => void exportIt()}>
        {x.t('plat.export')}
      </button>
    </section>
  );
}
