// The incident log beside the table: paste rows from Excel or LibreOffice, import or export a CSV, sort by
// date. A log that cannot be read in full adds nothing and lists what to correct, in one message.
import { useState } from 'preact/hooks';
import type { Incident } from '../../domain';
import { INCIDENT_COLUMNS, incidentsCsv, readCsvLog, readPastedLog } from '../../incidents';
import type { IncidentColumn, LogResult } from '../../incidents';
import { useI18n } from '../../../../ui/i18n';
import type { MessageKey } from '../../../../ui/i18n';
import { downloadText } from '../../../../ui/shell/download';
import { useWizard } from '../wizard/context';

export const COLUMN_LABEL: Record<IncidentColumn, MessageKey> = {
  date: 'step.problem.incident.date',
  time: 'step.problem.incident.time',
  place: 'step.problem.incident.place',
  type: 'step.problem.incident.type',
  description: 'step.problem.incident.description',
  policeReportNumber: 'step.problem.incident.police',
  costSek: 'step.problem.incident.cost',
};

const PASTE_ID = 'f-problem-incidents-paste';

export function IncidentLogTools({ incidents }: { incidents: readonly Incident[] }) {
  const { t } = useI18n();
  const { send, announce, focusId } = useWizard();
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<string[] | null>(null);
  const column = (c: IncidentColumn) => t(COLUMN_LABEL[c]);

  /** Appends what was read, or shows what could not be; true when rows were added. */
  const take = (result: LogResult): boolean => {
    if (!result.ok) {
      setProblems(result.problems.map((p) => t('step.problem.incidents.problem', { line: p.line, column: p.column === 'extra' ? t('step.problem.incidents.extra') : column(p.column), cell: p.cell })));
      return false;
    }
    if (result.incidents.length === 0) {
      setProblems([t('step.problem.incidents.nothing')]);
      return false;
    }
    setProblems(null);
    const first = incidents.length;
    send({ type: 'incidents.append', incidents: result.incidents.map((i) => ({ ...i, id: crypto.randomUUID() })) });
    focusId(`f-problem-incidents-${first}-date`);
    announce(t('step.problem.incidents.added', { count: result.incidents.length }));
    return true;
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      take(readCsvLog(await file.text()));
    } catch {
      setProblems([t('step.problem.incidents.file', { file: file.name })]);
    }
  };
  const exportCsv = () => {
    const header = Object.fromEntries(INCIDENT_COLUMNS.map((c) => [c, column(c)])) as Record<IncidentColumn, string>;
    const file = `handelser.csv`;
    downloadText(incidentsCsv(incidents, header, (type) => (type === '' ? '' : t(`step.problem.type.${type}`))), file, 'text/csv;charset=utf-8');
    announce(t('step.problem.incidents.exported', { file }));
  };
  const sort = () => {
    send({ type: 'incidents.sortByDate' });
    announce(t('step.problem.incidents.sorted'));
  };

  return (
    <div class="incident-log">
      <div class="incident-log__actions">
        <button type="button" class="button" onClick={sort} disabled={incidents.length < 2}>
          {t('step.problem.incidents.sort')}
        </button>
        <button type="button" class="button" onClick={exportCsv} disabled={incidents.length === 0}>
          {t('step.problem.incidents.export')}
        </button>
        <label class="button incident-log__file">
          {t('step.problem.incidents.import')}
          <input type="file" accept=".csv,text/csv,text/plain" class="visually-hidden" onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </div>
      <div class="field">
        <label for={PASTE_ID} class="field__label">
          {t('step.problem.incidents.paste')}
        </label>
        <p id={`${PASTE_ID}-hint`} class="field__hint">
          {t('step.problem.incidents.paste.hint')}
        </p>
        <textarea id={PASTE_ID} rows={3} value={pasted} aria-describedby={`${PASTE_ID}-hint${problems ? ` ${PASTE_ID}-error` : ''}`} aria-invalid={problems ? 'true' : undefined} onInput={(e) => setPasted(e.currentTarget.value)} />
      </div>
      {problems && (
        <div id={`${PASTE_ID}-error`} class="field__error" role="alert">
          <p>{t('step.problem.incidents.unreadable')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="button" onClick={() => take(readPastedLog(pasted)) && setPasted('')}>
        {t('step.problem.incidents.paste.add')}
      </button>
    </div>
  );
}
