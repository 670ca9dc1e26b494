// The public list for guardians, printable and as CSV, and the reading of every stored validation through
// the kind's parse that it shares with the service register (ServiceRegister.tsx).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate, useI18n } from '../../../ui/i18n';
import { href } from '../../../ui/router';
import { useServices } from '../../../ui/services';
import { useToday } from '../../../ui/today';
import { downloadText } from '../../../ui/shell/download';
import { StepHeading } from '../../../ui/shell/StepHeading';
import { parseDocument, type ServiceDoc } from '../schema';
import { currentItems, publicCsv, publicHeader, publicList, registerRow, type RegisterRow } from './register';
import { dsText } from './text';
import './ds.css';

export type Item = { doc: ServiceDoc; row: RegisterRow };
type ListState = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; items: Item[] };

export function useServiceList(): ListState & { reload: () => void } {
  const { storage } = useServices();
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  // Each row's due state is judged on today: a new day reads the list again.
  const today = useToday();
  useEffect(() => {
    storage.listDocuments('digital-service').then(
      (records) => {
        const items = records.flatMap((r) => {
          const parsed = parseDocument(r.doc);
          return parsed.ok ? [{ doc: parsed.doc, row: registerRow(parsed.doc, r.decidedOn, today) }] : [];
        });
        setState({ kind: 'ready', items: currentItems(items) });
      },
      (e: unknown) => setState({ kind: 'failed', error: String(e) }),
    );
  }, [storage, round, today]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}

export function GuardiansListPage() {
  const { lang } = useI18n();
  const x = useMemo(() => dsText(lang), [lang]);
  const state = useServiceList();
  const today = useToday();
  const rows = state.kind === 'ready' ? publicList(state.items) : [];
  const header = publicHeader(lang);
  return (
    <section class="page ds-public" aria-busy={state.kind === 'loading' ? 'true' : undefined}>
      <p class="no-print">
        <a href={href({ name: 'services' })}>{x.t('pub.back')}</a>
      </p>
      <StepHeading>{x.t('pub.title')}</StepHeading>
      <p>{x.t('pub.intro')}</p>
      {state.kind === 'loading' && <p class="muted">{x.t('reg.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{x.t('reg.failed', { error: state.error })}</p>}
      {state.kind === 'ready' && rows.length === 0 && <p>{x.t('pub.empty')}</p>}
      {rows.length > 0 && (
        <ul class="ds-public__list">
          {rows.map((r) => (
            <li key={r.service + r.vendor}>
              <article>
                <h2>{r.service}</h2>
                <dl class="ds-facts">
                  <dt>{header[1]}</dt>
                  <dd>{r.vendor || x.t('none')}</dd>
                  <dt>{header[2]}</dt>
                  <dd>{r.purpose || x.t('none')}</dd>
                  <dt>{header[3]}</dt>
                  <dd>{r.grades.map((g) => x.option('grades', g)).join(', ') || x.t('none')}</dd>
                  <dt>{header[4]}</dt>
                  <dd>{r.categories.map((c) => x.option('categories', c)).join(', ') || x.t('none')}</dd>
                  <dt>{header[5]}</dt>
                  <dd>{x.t(`status.${r.status}`)}</dd>
                  {r.conditions.length > 0 && (
                    <>
                      <dt>{header[6]}</dt>
                      <dd>{r.conditions.join('; ')}</dd>
                    </>
                  )}
                  <dt>{header[7]}</dt>
                  <dd>{x.t(r.outsideEea ? 'yes' : 'no')}</dd>
                  <dt>{header[9]}</dt>
                  <dd>{r.nextReview ? formatDate(r.nextReview, lang) : x.t('none')}</dd>
                </dl>
                {r.noticeUrl && (
                  <p>
                    <a href={r.noticeUrl} target="_blank" rel="noopener noreferrer">
                      {x.t('pub.noticeLink', { service: r.service })}
                      <span class="visually-hidden"> {x.t('newTab')}</span>
                    </a>
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      {state.kind === 'ready' && (
        <p class="no-print page-head__actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {x.t('pub.print')}
          </button>
          <button type="button" class="button button--primary" onClick={() => downloadText(publicCsv(rows, lang), `digitala-tjanster-vardnadshavare-${today}.csv`, 'text/csv;charset=utf-8')}>
            {x.t('pub.csv')}
          </button>
        </p>
      )}
    </section>
  );
}
