// Facts derived from the answers that several rules and the evaluation share.
import type { RuleContext } from './rule-types';
import type { IsoDate, Regime } from './types';
import { treatedAsPublic } from './branches';
import { usesOtherAnalytics } from './classify';
import { isIsoDate } from '../../../engine/dates';

/** The day the permit duty for public places ended (prop. 2024/25:93). */
export const DOCUMENTED_BALANCING_FROM: IsoDate = '2025-04-01';

/** The regime in force on a date; a date that cannot be read counts as today's law, not the old one. */
export const regimeOn = (date: IsoDate): Regime =>
  isIsoDate(date) && date < DOCUMENTED_BALANCING_FROM ? 'permit-era' : 'documented-balancing';

/** Art 35: systematic monitoring of children, or of a publicly accessible area, or (2026-12) video analytics point to a DPIA. */
export const dpiaIndicated = (ctx: Pick<RuleContext, 'cameras'>): boolean =>
  ctx.cameras.some(({ camera }) => camera.subjects.includes('pupils') || treatedAsPublic(camera) || usesOtherAnalytics(camera));
