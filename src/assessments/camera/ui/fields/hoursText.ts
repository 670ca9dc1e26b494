// Camera hours on screen: the domain's one formatter, plus the editor's word for "no window yet".
import { hoursText, windowText } from '../../domain';
import type { CameraHours, Lang, TimeWindow } from '../../domain';
import type { Translate } from '../../../../ui/i18n';

export const describeWindow = (w: TimeWindow, lang: Lang): string => windowText(w, lang);

export function describeHours(hours: Pick<CameraHours, 'windows' | 'holidaysAsWeekend'>, t: Translate, lang: Lang): string {
  return hours.windows.length === 0 ? t('wiz.hours.noWindows') : hoursText(hours)[lang];
}
