// At the top of a re-validation's review page: which version this is and what started it, then every answer
// changed since the previous decided version, in the wizard's words, so the decider sees what is new.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate } from '../../../ui/i18n';
import { useServices } from '../../../ui/services';
import { useToday } from '../../../ui/today';
import type { AnswerChange } from '../../../engine/questions/diff';
import { changesSince } from '../lifecycle';
import { parseDocument, type ServiceDoc } from '../schema';
import { answerText } from './answerText';
import { DsTable } from './DsTable';
import type { DsText } from './text';

type Previous = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; doc: ServiceDoc };

function usePrevious(id: string | undefined): Previous {
  const { storage } = useServices();
  const [state, setState] = useState<Previous>({ kind: 'loading' });
  useEffect(() => {
    if (id === undefined) return;
    void storage.loadDocument(id).then((r) => {
      const parsed = r.ok ? parseDocument(r.record.doc) : null;
      setState(parsed?.ok ? { kind: 'ready', doc: parsed.doc } : { kind: 'missing' });
    }, () => setState({ kind: 'missing' }));
  }, [id, storage]);
  return state;
}

/** "Underbiträden 2: Land" for a field in a list row, "Underbiträden 2 (tillagd)" for a whole row. */
function questionOf(c: AnswerChange, x: DsText): string {
  const n = /\.(\d+)(?:\.[^.]+)?$/.exec(c.path)?.[1];
  if (c.kind !== 'changed') return `${x.label(c.template)} ${Number(n) + 1} (${x.t(c.kind === 'added' ? 'reval.added' : 'reval.removed').toLowerCase()})`;
  if (!c.template.includes('*')) return x.label(c.template);
  return `${x.label(c.template.replace(/\.\*\..*$/, ''))} ${Number(n) + 1}: ${x.label(c.template)}`;
}

export function RevalidationChanges({ doc, x }: { doc: ServiceDoc; x: DsText }) {
  const reval = doc.revalidation;
  const previous = usePrevious(reval?.of);
  const today = useToday();
  const changes = useMemo(() => (previous.kind === 'ready' ? changesSince(previous.doc, doc, today) : []), [previous, doc, today]);
  if (!reval) return null;
  return (
    <section aria-labelledby="ds-changes" class="ds-changes">
      <h2 id="ds-changes">{x.t('reval.changes')}</h2>
      <p>
        {x.t('reval.of', {
          version: reval.version,
          trigger: x.k(`revalidation.${reval.trigger}`),
          started: formatDate(reval.startedOn, x.lang),
          decided: formatDate(reval.decidedOn, x.lang),
        })}
      </p>
      {previous.kind === 'missing' && <p>{x.t('reval.previousMissing')}</p>}
      {previous.kind === 'ready' && changes.length === 0 && <p>{x.t('reval.noChanges')}</p>}
      {changes.length > 0 && (
        <DsTable caption={x.t('reval.caption')} regionId="ds-changes-caption" columns={[x.t('reval.question'), x.t('reval.before'), x.t('reval.after')]}>
          {changes.map((c) => (
            <tr key={c.path}>
              <th scope="row">{questionOf(c, x)}</th>
              <td class="ds-pre">{answerText(x, c.question, c.before)}</td>
              <td class="ds-pre">{answerText(x, c.question, c.after)}</td>
            </tr>
          ))}
        </DsTable>
      )}
    </section>
  );
}
