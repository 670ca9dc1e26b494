// The register's filter controls. Each change filters at once and is written into the address without a
// new history entry, so a reload or a copied link shows the same selection.
import { useEffect, useState } from 'preact/hooks';
import { href } from '../../../ui/router';
import '../../../ui/fields/fields.css';
import { filterFromHash, filterQuery, isFiltered, NO_FILTER, STAGES, STATUSES, type RegisterFilter, type Stage } from './filter';
import type { RegisterStatus } from '../summarize';
import type { DsText } from './text';

export function useRegisterFilter(): [RegisterFilter, (next: RegisterFilter) => void] {
  const [filter, setFilter] = useState(() => filterFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setFilter(filterFromHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const update = (next: RegisterFilter) => {
    setFilter(next);
    history.replaceState(history.state, '', `${href({ name: 'services' })}${filterQuery(next)}`);
  };
  return [filter, update];
}

interface Props {
  filter: RegisterFilter;
  onChange: (next: RegisterFilter) => void;
  x: DsText;
}

const STAGE_IDS = Object.keys(STAGES) as Stage[];

export function RegisterFilters({ filter, onChange, x }: Props) {
  const set = (part: Partial<RegisterFilter>) => onChange({ ...filter, ...part });
  return (
    <form class="ds-filters" role="search" aria-labelledby="ds-filters-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="ds-filters-title" class="visually-hidden">
        {x.t('filter.title')}
      </h2>
      <div class="field ds-filters__field ds-filters__text">
        <label for="ds-filter-text">{x.t('filter.text')}</label>
        <input id="ds-filter-text" type="search" maxLength={200} value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} />
      </div>
      <div class="field ds-filters__field">
        <label for="ds-filter-status">{x.t('filter.status')}</label>
        <select id="ds-filter-status" value={filter.status ?? ''} onChange={(e) => set({ status: STATUSES.find((s) => s === e.currentTarget.value) ?? null })}>
          <option value="">{x.t('filter.all')}</option>
          {STATUSES.map((s: RegisterStatus) => (
            <option key={s} value={s}>
              {x.t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field ds-filters__field">
        <label for="ds-filter-stage">{x.t('filter.stage')}</label>
        <select id="ds-filter-stage" value={filter.stage ?? ''} onChange={(e) => set({ stage: STAGE_IDS.find((s) => s === e.currentTarget.value) ?? null })}>
          <option value="">{x.t('filter.all')}</option>
          {STAGE_IDS.map((s) => (
            <option key={s} value={s}>
              {x.t(`filter.stage.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="ds-filters__check">
        <input id="ds-filter-open" type="checkbox" checked={filter.open} onChange={(e) => set({ open: e.currentTarget.checked })} />
        <label for="ds-filter-open">{x.t('filter.open')}</label>
      </div>
      {isFiltered(filter) && (
        <button
          type="button"
          class="button"
          onClick={() => {
            onChange(NO_FILTER);
            // The button goes away with the filters: focus stays in the form rather than on the page.
            document.getElementById('ds-filter-text')?.focus();
          }}
        >
          {x.t('filter.clear')}
        </button>
      )}
    </form>
  );
}
