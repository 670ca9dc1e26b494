// On the review page: "Avveckla tjänsten" for a decided service, then its offboarding tasks with owner and
// date, each ticked off here; the validation itself stays as the record.
import { isoDateOf } from '../../../engine/dates';
import { formatDate } from '../../../ui/i18n';
import { useServices } from '../../../ui/services';
import { discontinue } from '../offboarding';
import { DsTable } from './DsTable';
import type { ServiceDoc } from '../schema';
import type { ServiceSummary } from '../summarize';
import type { DsText, OnReview } from './text';

interface Props extends OnReview {
  onReplace: (next: ServiceDoc) => void;
  onAnswer: (path: string, value: unknown) => void;
}

export function Offboarding({ doc, decidedOn, x, onReplace, onAnswer }: Props) {
  const ended = doc.discontinued;
  const { clock } = useServices();
  if (!ended && !decidedOn) return null;
  return (
    <section aria-labelledby="ds-offboarding">
      <h2 id="ds-offboarding">{x.t('off.title')}</h2>
      {!ended ? (
        <>
          <p>{x.t('off.help')}</p>
          <button type="button" class="button" onClick={() => onReplace(discontinue(doc, isoDateOf(clock())))}>
            {x.t('off.action')}
          </button>
        </>
      ) : (
        <>
          <p>{x.t('off.done', { date: formatDate(ended.on, x.lang) })}</p>
          <DsTable caption={x.t('off.caption')} columns={[x.t('off.task'), x.t('off.owner'), x.t('off.due'), x.t('off.finished')]} fit>
            {ended.tasks.map((t, n) => (
              <tr key={t.task}>
                <th scope="row" id={`ds-off-${n}`}>{x.t(`off.task.${t.task}`)}</th>
                <td class="ds-cell--name">{t.owner || x.t('off.noOwner')}</td>
                <td>{t.due ? formatDate(t.due, x.lang) : x.t('none')}</td>
                <td>
                  <input type="checkbox" aria-labelledby={`ds-off-${n}`} checked={t.done} onChange={(e) => onAnswer(`discontinued.tasks.${n}.done`, e.currentTarget.checked)} />
                </td>
              </tr>
            ))}
          </DsTable>
        </>
      )}
    </section>
  );
}

/** The register's open column: what is left of an offboarding, then the approval's open conditions. */
export function OpenTasks({ row, x }: { row: Pick<ServiceSummary, 'openOffboarding' | 'openConditions'>; x: DsText }) {
  const open = [
    ...row.openOffboarding.map((o) => `${x.t(`off.task.${o.task}`)} (${o.owner || x.t('off.noOwner')}, ${o.due})`),
    ...row.openConditions.map((c) => `${c.text} (${c.owner}, ${c.due})`),
  ];
  if (open.length === 0) return <>{x.t('none')}</>;
  return (
    <ul class="ds-plain">
      {open.map((text, n) => (
        <li key={n}>{text}</li>
      ))}
    </ul>
  );
}
