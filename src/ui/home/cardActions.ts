// What a card's lifecycle buttons need of the kind of the list's rows (the assessments store's kind), as the
// shell names it: that kind's lazily loaded modules fulfil these, and src/assessments/home-list.ts says so, so
// the list reads and changes a document it never looks inside.
import type { ComponentType } from 'preact';
import type { IsoDate } from '../../engine/dates';
import type { Lang, StoreDoc } from '../../engine/kind';
import type { Services } from '../services';

type Storage = Services['storage'];

/** A failure carries storage's reason, which the list says in the principal's language (reasonKey). */
export type CardActionResult = { ok: true; assessment: StoreDoc } | { ok: false; reason: string };

/** Reading the document, starting the annual review, the calendar reminder: loaded on the first click. */
export interface CardActions {
  loadAssessment(storage: Storage, id: string): Promise<CardActionResult>;
  /** The annual review as a new draft, saved before it opens. */
  startReview(storage: Storage, signed: StoreDoc): Promise<CardActionResult>;
  /** Downloads the reminder of the next review; returns the file's name. */
  downloadReminder(doc: StoreDoc, nextReview: IsoDate, lang: Lang): string;
}

/** Which dialog to open on which document; a new object opens it again. */
export interface DialogRequest {
  action: 'laterDecision' | 'end';
  assessment: StoreDoc;
}

/** The later-decision and end-of-surveillance dialogs; `onDone` gets the sentence saying what was saved. */
export interface CardDialogs {
  LifecycleDialogs: ComponentType<{ request: DialogRequest | null; onDone: (message: string) => void }>;
}
