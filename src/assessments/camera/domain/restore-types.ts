// What restore says of a document: the engine's store contract's shapes (engine/store-kind.ts), which storage
// reads as the camera kind writes them, under the names the camera's code uses.
import type { StoreProblem, StoreRestored } from '../../../engine/store-kind';

/** A reason a document could not be read, or a note about how it was read. */
export type RestoreProblem = StoreProblem;

export type RestoreResult<T> = StoreRestored<T>;
