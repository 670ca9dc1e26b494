// The register as an accessible table: a caption, column headers, the camera as the row header, and a
// scrollable region that keyboard users can scroll too. The fingerprint is shortened, the full value one click away.
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
export function Spacer({ height, columns = 10 }: { height: number; columns?: number }) {
  return (
    <tr aria-hidden="true" class="register-spacer" style={{ height: `${Math.round(height)}px` }}>
      <td colSpan={columns} />
    </tr>
  );
}

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
      <table class="register-table">
        <caption id={`${id}-caption`}>{t(entries.length === 1 ? 'lifecycle.register.caption.one' : 'lifecycle.register.caption', { count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lifecycle.register.col.school')}</th>
            <th scope="col">{t('lifecycle.register.col.camera')}</th>
            <th scope="col">{t('lifecycle.register.col.purpose')}</th>
            <th scope="col">{t('lifecycle.register.col.hours')}</th>
            <th scope="col">{t('lifecycle.register.col.retention')}</th>
            <th scope="col">{t('lifecycle.register.col.start')}</th>
            <th scope="col">{t('lifecycle.register.col.end')}</th>
            <th scope="col">{t('lifecycle.register.col.status')}</th>
            <th scope="col">{t('lifecycle.register.col.decision')}</th>
            <th scope="col">{t('lifecycle.register.col.fingerprint')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {shown.before > 0 && <Spacer height={shown.before} />}
          {entries.slice(shown.start, shown.end).map((e, i) => {
            const camera = e.cameraName.trim() || t('lifecycle.register.camera');
            return (
              <tr key={`${e.chainId}:${e.cameraId}`} data-row class={`register-row register-row--${e.status}${(shown.start + i) % 2 === 1 ? ' is-even' : ''}`}>
                <td>
                  <a href={href({ name: 'assessment', id: e.assessmentId })}>{e.school.trim() || t('home.list.unnamed')}</a>
                </td>
                <th scope="row">
                  <span class="register-table__camera">{camera}</span>
                  <span class="register-table__place">{e.place[lang]}</span>
                </th>
                <td class="register-table__purpose">{e.purpose || '–'}</td>
                <td>{keepRanges(e.hours[lang])}</td>
                <td class="register-table__nowrap">{e.retention[lang]}</td>
                <td class="register-table__nowrap">{date(e.start)}</td>
                <td class="register-table__nowrap">{date(e.end)}</td>
                <td>
                  <span class={`reg-status reg-status--${e.status}`}>{REGISTER_STATUS_LABELS[e.status][lang]}</span>
                </td>
                <td>
                  {e.decisionReference !== '' && <span class="register-table__ref">{e.decisionReference}</span>}
                  <span class="muted">{t('home.list.version', { version: e.version })}</span>
                </td>
                <td>
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
