// Small shared pieces of the rulebook files.
import type { Hit, RuleContext } from './rule-types';
import type { Camera, StepId, Text } from './types';

/** The date the rulebook was last checked against the domain brief (which cites sources up to 2025). */
export const CHECKED = '2026-11-23';
/** The date the rules added or changed in December 2026 were checked against the brief's 2026-12 entries. */
export const CHECKED_2026_12 = '2026-12-05';

export { t } from '../../../engine/text';
export const filled = (s: string): boolean => s.trim() !== '';

/** A hit for every active camera the test accepts; a Text result is the reason given in the explanation. */
export const eachCamera =
  (field: string, test: (c: Camera, ctx: RuleContext) => boolean | Text) =>
  (ctx: RuleContext): Hit[] =>
    ctx.cameras.flatMap(({ camera, index }) => {
      const result = test(camera, ctx);
      if (result === false) return [];
      const hit: Hit = { field: `cameras.${index}.${field}`, cameraId: camera.id };
      return [result === true ? hit : { ...hit, reason: result }];
    });

/** One hit for the assessment as a whole when the condition holds. */
export const when =
  (field: string, test: (ctx: RuleContext) => boolean, extra: Partial<Hit> = {}) =>
  (ctx: RuleContext): Hit[] =>
    test(ctx) ? [{ field, ...extra }] : [];

/** A warning's place: the step it shows on and the field that answers it (per camera when the path is a camera's). */
export const warningAt = (step: StepId, field: string) => ({ severity: 'warn' as const, step, perCamera: field.startsWith('cameras.*.'), field });
