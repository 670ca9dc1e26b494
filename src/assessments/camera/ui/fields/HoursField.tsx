// When a camera films: a preset (outside school hours, the facade practice, around the clock) or custom
// weekly windows, each editable by keyboard (day checkboxes, two times, remove), plus holidays as weekends.
import { WEEKDAYS } from '../../domain';
import type { HoursPreset, TimeWindow, Weekday } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { FieldMessages, RequiredMark } from '../../../../ui/fields/FieldMessages';
import { describeHours, describeWindow } from './hoursText';
import { fieldId } from '../../../../ui/fields/paths';
import { TimeInput } from '../../../../ui/fields/TimeInput';
import { useFieldState } from '../../../../ui/fields/useFieldState';

const PRESETS = ['outsideSchoolHours', 'facadePractice', 'always', 'custom'] as const satisfies readonly HoursPreset[];

export function HoursField({ index }: { index: number }) {
  const { t, lang } = useI18n();
  const { snapshot, send, focusId, announce } = useWizard();
  const camera = snapshot.context.assessment.cameras[index];
  const base = `cameras.${index}.hours`;
  const hoursState = useFieldState(base);
  const presetState = useFieldState(`${base}.preset`, true);
  const windowsState = useFieldState(`${base}.windows`, true);
  if (!camera) return null;
  const { preset, windows, holidaysAsWeekend } = camera.hours;
  const presetId = fieldId(`${base}.preset`);

  const setWindows = (next: TimeWindow[]) => {
    if (preset !== 'custom') send({ type: 'hours.preset', cameraIndex: index, preset: 'custom' });
    send({ type: 'answer.set', path: `${base}.windows`, value: next });
  };
  const update = (j: number, change: Partial<TimeWindow>) => setWindows(windows.map((w, k) => (k === j ? { ...w, ...change } : w)));
  const toggleDay = (j: number, day: Weekday, on: boolean) => {
    const days = windows[j]?.days ?? [];
    update(j, { days: WEEKDAYS.filter((d) => (d === day ? on : days.includes(d))) });
  };
  const addWindow = () => {
    // A new window says explicitly whether it runs past midnight (KB-H16).
    setWindows([...windows, { days: [], from: '', to: '', overMidnight: false }]);
    focusId(`${fieldId(`${base}.windows.${windows.length}`)}-day-1`);
    announce(t('wiz.hours.added', { n: windows.length + 1 }));
  };
  const removeWindow = (j: number) => {
    setWindows(windows.filter((_, k) => k !== j));
    focusId(windows.length > 1 ? `${fieldId(`${base}.windows.${Math.max(0, j - 1)}`)}-legend` : `${fieldId(base)}-add`);
    announce(t('wiz.hours.removed', { n: j + 1 }));
  };

  return (
    <fieldset id={fieldId(base)} class="field hours" aria-describedby={hoursState.describedBy}>
      <legend class="field__label">{t('cam.hours')}</legend>
      <p class="field__hint">{t('cam.hours.hint')}</p>
      <FieldMessages path={base} state={hoursState} />
      <fieldset
        id={presetId}
        class="field field--choice"
        role="radiogroup"
        aria-required="true"
        aria-invalid={presetState.invalid ? 'true' : undefined}
        aria-describedby={presetState.describedBy}
      >
        <legend class="field__label">
          {t('cam.hours.preset')}
          <RequiredMark required />
        </legend>
        <div class="choices">
          {PRESETS.map((p) => (
            <div class="choice" key={p}>
              <input
                type="radio"
                id={`${presetId}--${p}`}
                name={presetId}
                value={p}
                checked={preset === p}
                aria-describedby={`${presetId}--${p}-hint`}
                onChange={() => send({ type: 'hours.preset', cameraIndex: index, preset: p })}
              />
              <label for={`${presetId}--${p}`}>
                {t(`cam.hours.preset.${p}`)}
                <span id={`${presetId}--${p}-hint`} class="choice__hint">
                  {t(`cam.hours.preset.${p}.hint`)}
                </span>
              </label>
            </div>
          ))}
        </div>
        <FieldMessages path={`${base}.preset`} state={presetState} />
      </fieldset>

      <div id={fieldId(`${base}.windows`)} class="hours__windows" tabIndex={-1} aria-describedby={windowsState.describedBy}>
        <p class="hours__summary">
          <strong>{t('cam.hours.summary')}:</strong> {describeHours(camera.hours, t, lang)}
        </p>
        <FieldMessages path={`${base}.windows`} state={windowsState} />
        {preset === 'custom' && (
          <>
            <ol class="hours__list">
              {windows.map((w, j) => {
                const wid = fieldId(`${base}.windows.${j}`);
                return (
                  <li key={j}>
                    <fieldset class="window">
                      <legend id={`${wid}-legend`} tabIndex={-1}>
                        {t('wiz.hours.window', { n: j + 1 })}
                        <span class="visually-hidden">: {describeWindow(w, lang)}</span>
                      </legend>
                      <fieldset class="window__days">
                        <legend class="visually-hidden">{t('wiz.hours.days')}</legend>
                        {WEEKDAYS.map((d) => (
                          <span class="window__day" key={d}>
                            <input type="checkbox" id={`${wid}-day-${d}`} checked={w.days.includes(d)} onChange={(e) => toggleDay(j, d, e.currentTarget.checked)} />
                            <label for={`${wid}-day-${d}`}>
                              <span aria-hidden="true">{t(`wiz.dayShort.${d}`)}</span>
                              <span class="visually-hidden">{t(`wiz.day.${d}`)}</span>
                            </label>
                          </span>
                        ))}
                      </fieldset>
                      <div class="field-row">
                        <TimeInput id={`${wid}-from`} label={t('wiz.hours.from')} value={w.from} onCommit={(from) => update(j, { from })} />
                        <TimeInput id={`${wid}-to`} label={t('wiz.hours.to')} value={w.to} onCommit={(to) => update(j, { to })} />
                        <span class="choice choice--single window__midnight">
                          <input
                            type="checkbox"
                            id={`${wid}-overMidnight`}
                            checked={w.overMidnight ?? (w.to !== '' && w.to < w.from)}
                            onChange={(e) => update(j, { overMidnight: e.currentTarget.checked })}
                          />
                          <label for={`${wid}-overMidnight`}>{t('cam.hours.overMidnight')}</label>
                        </span>
                        <button type="button" class="button button--danger window__remove" onClick={() => removeWindow(j)}>
                          {t('wiz.hours.remove')}
                          <span class="visually-hidden"> {t('wiz.hours.window', { n: j + 1 })}</span>
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button type="button" class="button" id={`${fieldId(base)}-add`} onClick={addWindow}>
              {t('wiz.hours.add')}
            </button>
          </>
        )}
      </div>
      <div class="choice choice--single">
        <input
          type="checkbox"
          id={fieldId(`${base}.holidaysAsWeekend`)}
          checked={holidaysAsWeekend}
          onChange={(e) => send({ type: 'answer.set', path: `${base}.holidaysAsWeekend`, value: e.currentTarget.checked })}
        />
        <label for={fieldId(`${base}.holidaysAsWeekend`)}>{t('cam.hours.holidays')}</label>
      </div>
    </fieldset>
  );
}
