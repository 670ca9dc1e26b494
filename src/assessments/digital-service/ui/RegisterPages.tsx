// The service register (tjänsteförteckning) with its CSV, and the public list for guardians, printable
// and as CSV. Both read every stored validation through the kind's parse.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { isoDateOf } from '../../../engine/dates';
import { formatDate, useI18n } from '../../../ui/i18n';
import { href } from '../../../ui/router';
import { useServices } from '../../../ui/services';
import { downloadText } from '../../../ui/shell/download';
import { StepHeading } from '../../../ui/shell/StepHeading';
import { parseDocument, type ServiceDoc } from '../schema';
import { currentItems, publicCsv, publicHeader, publicList, registerCsv, registerRow, type RegisterRow } from './register';
import { OpenTasks } from './Offboarding';
import { PlatformUpdate } from './PlatformUpdate';
import { dsText } from './text';
import './ds.css';

type Item = { doc: ServiceDoc; row: RegisterRow };
type ListState = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; items: Item[] };

function useServiceList(): ListState & { reload: () => void } {
  const { storage } = useServices();
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const today = isoDateOf(new Date());
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
  }, [storage, round]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}

export function ServiceRegisterPage() {
  const { lang } = useI18n();
  const x = useMemo(() => dsText(lang), [lang]);
  const state = useServiceList();
  const today = isoDateOf(new Date());
  const none = x.t('none');
  return (
    <section class="page ds-register" aria-busy={state.kind === 'loading' ? 'true' : undefined}>
      <div class="page-head">
        <StepHeading>{x.t('reg.title')}</StepHeading>
        <div class="page-head__actions">
          <a class="button" href={href({ name: 'services-public' })}>
            {x.t('reg.public')}
          </a>
          <a class="button button--primary" href={href({ name: 'new' })}>
            {x.t('reg.new')}
          </a>
        </div>
      </div>
      <p>{x.t('reg.intro')}</p>
      {state.kind === 'ready' && <PlatformUpdate items={state.items} x={x} onSaved={state.reload} />}
      {state.kind === 'loading' && <p class="muted">{x.t('reg.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{x.t('reg.failed', { error: state.error })}</p>}
      {state.kind === 'ready' && state.items.length === 0 && <p>{x.t('reg.empty')}</p>}
      {state.kind === 'ready' && state.items.length > 0 && (
        <>
          <div class="ds-table-wrap" role="region" aria-labelledby="ds-reg-caption" tabIndex={0}>
            <table class="ds-table">
              <caption id="ds-reg-caption">{x.t('reg.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{x.t('reg.service')}</th>
                  <th scope="col">{x.t('reg.status')}</th>
                  <th scope="col">{x.t('reg.owner')}</th>
                  <th scope="col">{x.t('reg.grades')}</th>
                  <th scope="col">{x.t('reg.categories')}</th>
                  <th scope="col">{x.t('reg.nextReview')}</th>
                  <th scope="col">{x.t('reg.openConditions')}</th>
                </tr>
              </thead>
              <tbody>
                {state.items.map(({ row: r }) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <a href={href({ name: 'service', id: r.id, step: 'service' })}>{r.title || x.t('untitled')}</a>
                      {r.vendor && <span class="ds-sub">{r.vendor}</span>}
                    </th>
                    <td>
                      {r.needsReview && <strong class="ds-flag-tag">{x.t('plat.needsReview')}</strong>}
                      {x.t(`status.${r.status}`)}
                      <span class="ds-sub">{x.k(`outcome.${r.outcome}.name`)}</span>
                      {r.trigger && <span class="ds-sub">{x.t('reval.version')} {r.version}: {x.k(`revalidation.${r.trigger}`)}</span>}
                    </td>
                    <td>{r.owner || none}</td>
                    <td>
                      {r.grades.map((g) => x.option('grades', g)).join(', ') || none}
                      {r.youngestAge !== null && <span class="ds-sub">{x.t('reg.ages')}: {r.youngestAge}</span>}
                    </td>
                    <td>{r.categories.map((c) => x.option('categories', c)).join(', ') || none}</td>
                    <td>
                      {r.due !== 'not-due' && <strong class={`ds-flag-tag ds-due--${r.due}`}>{x.t(r.due === 'overdue' ? 'reval.overdue' : 'reval.soon')}</strong>}
                      {r.nextReview ? formatDate(r.nextReview, lang) : none}
                    </td>
                    <td>
                      <OpenTasks row={r} x={x} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button
              type="button"
              class="button button--primary"
              onClick={() => downloadText(registerCsv(state.items.map((i) => i.row), lang), `tjansteforteckning-${today}.csv`, 'text/csv;charset=utf-8')}
            >
              {x.t('reg.csv')}
            </button>
          </p>
          <p class="muted">{x.t('reg.csvHelp')}</p>
        </>
      )}
    </section>
  );
}

export function GuardiansListPage() {
  const { lang } = useI18n();
  const x = useMemo(() => dsText(lang), [lang]);
  const state = useServiceList();
  const today = isoDateOf(new Date());
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
