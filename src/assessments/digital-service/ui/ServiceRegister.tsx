// The service register (tjänsteförteckning): every stored validation with status, owner and next review,
// filtered by status, stage, open conditions and a search, and as CSV of what the filters show.
import { useMemo } from 'preact/hooks';
import { useToday } from '../../../ui/today';
import { formatDate, useI18n } from '../../../ui/i18n';
import { href } from '../../../ui/router';
import { downloadText } from '../../../ui/shell/download';
import { StepHeading } from '../../../ui/shell/StepHeading';
import { DsTable } from './DsTable';
import { applyFilter, isFiltered } from './filter';
import { OpenTasks } from './Offboarding';
import { PlatformUpdate } from './PlatformUpdate';
import { registerCsv } from './register';
import { RegisterFilters, useRegisterFilter } from './RegisterFilters';
import { useServiceList, type Item } from './RegisterPages';
import { dsText, type DsText } from './text';
import './ds.css';

function RegisterTable({ items, x }: { items: readonly Item[]; x: DsText }) {
  const none = x.t('none');
  return (
    <DsTable
      caption={x.t('reg.caption')}
      regionId="ds-reg-caption"
      captionShown
      columns={[x.t('reg.service'), x.t('reg.status'), x.t('reg.owner'), x.t('reg.grades'), x.t('reg.categories'), x.t('reg.nextReview'), x.t('reg.openConditions')]}
    >
      {items.map(({ row: r }) => (
        <tr key={r.id}>
          <th scope="row">
            <a href={href({ name: 'service', id: r.id, step: 'service' })}>{r.title || x.t('untitled')}</a>
            {r.vendor && <span class="ds-sub">{r.vendor}</span>}
          </th>
          <td>
            {r.needsReview && <strong class="ds-flag-tag">{x.t('plat.needsReview')}</strong>}
            {x.t(`status.${r.status}`)}
            <span class="ds-sub">{x.k(`outcome.${r.outcome}.name`)}</span>
            {r.registryNumber && (
              <span class="ds-sub">
                {x.t('reg.registryNumber')} {r.registryNumber}
              </span>
            )}
            {r.trigger && (
              <span class="ds-sub">
                {x.t('reval.version')} {r.version}: {x.k(`revalidation.${r.trigger}`)}
              </span>
            )}
          </td>
          <td>{r.owner || none}</td>
          <td>
            {r.grades.map((g) => x.option('grades', g)).join(', ') || none}
            {r.youngestAge !== null && (
              <span class="ds-sub">
                {x.t('reg.ages')}: {r.youngestAge}
              </span>
            )}
          </td>
          <td>{r.categories.map((c) => x.option('categories', c)).join(', ') || none}</td>
          <td>
            {r.due !== 'not-due' && <strong class={`ds-flag-tag ds-due--${r.due}`}>{x.t(r.due === 'overdue' ? 'reval.overdue' : 'reval.soon')}</strong>}
            {r.nextReview ? formatDate(r.nextReview, x.lang) : none}
          </td>
          <td>
            <OpenTasks row={r} x={x} />
          </td>
        </tr>
      ))}
    </DsTable>
  );
}

export function ServiceRegisterPage() {
  const { lang } = useI18n();
  const x = useMemo(() => dsText(lang), [lang]);
  const state = useServiceList();
  const [filter, setFilter] = useRegisterFilter();
  const today = useToday();
  const all = state.kind === 'ready' ? state.items : [];
  const shown = useMemo(() => applyFilter(all, filter), [all, filter]);
  const filtered = isFiltered(filter);
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
      {state.kind === 'ready' && all.length === 0 && <p>{x.t('reg.empty')}</p>}
      {all.length > 0 && (
        <>
          <RegisterFilters filter={filter} onChange={setFilter} x={x} />
          <p class="ds-filters__count" role="status" aria-live="polite">
            {x.n('filter.shown', all.length, { shown: shown.length })} {shown.length === 0 ? x.t('filter.none') : ''}
          </p>
          {shown.length > 0 && <RegisterTable items={shown} x={x} />}
          <p>
            <button
              type="button"
              class="button button--primary"
              aria-describedby="ds-reg-csv-help"
              disabled={shown.length === 0}
              onClick={() => downloadText(registerCsv(shown.map((i) => i.row), lang), `tjansteforteckning-${today}.csv`, 'text/csv;charset=utf-8')}
            >
              {x.t('reg.csv')}
            </button>
          </p>
          <p id="ds-reg-csv-help" class="muted">
            {x.n(filtered ? 'filter.csvShown' : 'filter.csvAll', shown.length)} {x.t('reg.csvHelp')}
          </p>
        </>
      )}
    </section>
  );
}
