// What the checker says about one assessment, with the kind its `format` names: each kind restores,
// evaluates and verifies with the app's own code (src/engine/check.ts), reached through the kinds registry.
import type { AssessmentKind } from '../engine/kind';
import { kinds } from '../assessments/registry';

export { check, type Checked, type Found, type KindResult } from '../engine/check';

/** The kind of an untrusted file, by its `format`: the app's own registry, so the checker knows every kind the app does. */
export const kindOf = (raw: unknown): AssessmentKind | undefined => kinds.of(raw);
