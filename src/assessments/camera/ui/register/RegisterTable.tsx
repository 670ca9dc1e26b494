// The register as an accessible table: a caption, column headers, the camera as the row header, and a
// scrollable region that keyboard users can scroll too. On a phone each row is a card whose cells carry their
// column's name (register.css); the roles are spelled out because a table drawn as blocks loses them in some
// browsers. The fingerprint is shortened, the full value one click away.
import { useId, useRef } from 'preact/hooks';
import type { RegisterEntry } from '../../domain';
import { REGISTER_STATUS_LABELS } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { href } from '../../../../ui/router';
import { useRowWindow } from './useRowWindow';

export function Fingerprint({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  if (value === '') return <>–</>;
  return (
    <details class="fp">
      <summary>
        <code>{value.slice(0, 8)}…</code>
        <span class="visually-hidden"> {t('lifecycle.register.fpShow', { what: label })}</span>
      </summary>
      <code class="fp__full">{value.replace(/(.{8})(?=.)/g, '$1 ')}</code>
    </details>
  );
}

/** "20–06" never breaks at its dash: word joiners on both sides. */
const keepRanges = (text: string): string => text.replace(/(\d)–(\d)/g, '$1\u2060–\u2060$2');

/** Stands for the rows not built (above or below the screen); hidden from assistive technology. */
export function Spacer({ height, columns = COLUMNS.length }: { height: number; columns?: number }) {
  return (
    <tr aria-hidden="true" class="register-spacer" style={{ height: `${Math.round(height)}px` }}>
      <td colSpan={columns} />
    </tr>
  );
}

const COLUMNS = ['school', 'camera', 'purpose', 'hours', 'retention', 'start', 'end', 'status', 'decision', 'fingerprint'] as const;
type Column = (typeof COLUMNS)[number];

export function RegisterTable({ entries }: { entries: RegisterEntry[] }) {
  const { t, lang } = useI18n();
  const id = useId();
  const body = useRef<HTMLTableSectionElement>(null);
  const shown = useRowWindow(entries.length, body);
  // ISO dates, as in the CSV and the PDF: short enough for the wide table, and the Swedish standard form.
  const date = (d: string) => (d === '' ? '–' : d);
  if (entries.length === 0) {
    return (
      <div class="empty-state">
        <h2>{t('lifecycle.register.empty.title')}</h2>
        <p>{t('lifecycle.register.empty.body')}</p>
      </div>
    );
  }
  return (
    <div class="register-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class="register-table register-table--cards" role="table">
        <caption id={`${id}-caption`}>{t(entries.length === 1 ? 'lifecycle.register.caption.one' : 'lifecycle.register.caption', { count: entries.length })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th key={c} scope="col" role="columnheader">
                {t(`lifecycle.register.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body} role="rowgroup">
          {shown.before > 0 && <Spacer height={shown.before} />}
          {entries.slice(shown.start, shown.end).map((e, i) => {
            const camera = e.cameraName.trim() || t('lifecycle.register.camera');
            const label = (c: Column) => ({ 'data-label': t(`lifecycle.register.col.${c}`) });
            return (
              <tr key={`${e.chainId}:${e.cameraId}`} data-row class={`register-row register-row--${e.status}${(shown.start + i) % 2 === 1 ? ' is-even' : ''}`} role="row">
                <td role="cell" {...label('school')}>
                  <a href={href({ name: 'assessment', id: e.assessmentId })}>{e.school.trim() || t('home.list.unnamed')}</a>
                </td>
                <th scope="row" role="rowheader">
                  <span class="register-table__camera">{camera}</span>
                  <span class="register-table__place">{e.place[lang]}</span>
                </th>
                <td class="register-table__purpose" role="cell" {...label('purpose')}>{e.purpose || '–'}</td>
                <td role="cell" {...label('hours')}>{keepRanges(e.hours[lang])}</td>
                <td class="register-table__nowrap" role="cell" {...label('retention')}>{e.retention[lang]}</td>
                <td class="register-table__nowrap" role="cell" {...label('start')}>{date(e.start)}</td>
                <td class="register-table__nowrap" role="cell" {...label('end')}>{date(e.end)}</td>
                <td role="cell" {...label('status')}>
                  <span class={`reg-status reg-status--${e.status}`}>{REGISTER_STATUS_LABELS[e.status][lang]}</span>
                </td>
                <td role="cell" {...label('decision')}>
                  {e.decisionReference !== '' && <span class="register-table__ref">{e.decisionReference}</span>}
                  <span class="muted">{t('home.list.version', { version: e.version })}</span>
                </td>
                <td role="cell" {...label('fingerprint')}>
                  <Fingerprint value={e.fingerprint} label={`${camera}, ${e.school}`} />
                </td>
              </tr>
            );
          })}
          {shown.after > 0 && <Spacer height={shown.after} />}
        </tbody>
      </table>
    </div>
  );
}
