// Every signed version of the assessments in the register: which decision, when, by whom, and its fingerprint,
// so an older PDF can be matched to its place in the chain.
import { useId, useRef } from 'preact/hooks';
import { useI18n } from '../../../../ui/i18n';
import { href } from '../../../../ui/router';
import type { VersionRow } from './model';
import { Fingerprint, Spacer } from './RegisterTable';
import { useRowWindow } from './useRowWindow';

export function VersionsTable({ versions }: { versions: VersionRow[] }) {
  const { t } = useI18n();
  const id = useId();
  const body = useRef<HTMLTableSectionElement>(null);
  const shown = useRowWindow(versions.length, body);
  const date = (d: string) => (d === '' ? '–' : d); // ISO, like the register table
  return (
    <section class="register-versions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lifecycle.register.versions.title')}</h2>
      <p class="muted">{t('lifecycle.register.versions.help')}</p>
      <div class="register-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table class="register-table">
          <caption id={`${id}-caption`} class="visually-hidden">
            {t('lifecycle.register.versions.caption', { count: versions.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('lifecycle.register.col.school')}</th>
              <th scope="col">{t('lifecycle.register.col.version')}</th>
              <th scope="col">{t('lifecycle.register.col.decisionDate')}</th>
              <th scope="col">{t('lifecycle.register.col.reference')}</th>
              <th scope="col">{t('lifecycle.register.col.signed')}</th>
              <th scope="col">{t('lifecycle.register.col.fingerprint')}</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {shown.before > 0 && <Spacer height={shown.before} columns={6} />}
            {versions.slice(shown.start, shown.end).map((v, i) => {
              const name = v.school.trim() || t('home.list.unnamed');
              const label = `${name}, ${t('home.list.version', { version: v.version })}`;
              return (
                <tr key={v.id} data-row class={(shown.start + i) % 2 === 1 ? 'is-even' : undefined}>
                  <th scope="row">
                    <a href={href({ name: 'assessment', id: v.id })}>{name}</a>
                  </th>
                  <td>{v.version}</td>
                  <td class="register-table__nowrap">{date(v.decisionDate)}</td>
                  <td>{v.reference || '–'}</td>
                  <td>{[v.signer, date(v.signedOn)].filter((s) => s !== '' && s !== '–').join(', ') || '–'}</td>
                  <td>
                    <Fingerprint value={v.fingerprint} label={label} />
                  </td>
                </tr>
              );
            })}
            {shown.after > 0 && <Spacer height={shown.after} columns={6} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
