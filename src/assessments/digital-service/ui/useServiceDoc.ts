// One validation being edited: loaded through the kind's parse (storage data is untrusted), and what the
// wizard keeps (its persist notices: an answer, a replaced document, the decision) autosaved a moment after
// typing stops. "Sparat" is said only after the write has committed; a failed write says so and offers to try again.
// A save is made on top of the stored version this tab read or wrote: when another tab saved since, nothing is
// written until the principal chooses (the version stored, or this tab's), unless both hold the same document.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { canonicalJson } from '../../../engine/canonical';
import type { KindDocumentRecord, StorageFailureReason } from '../../../storage';
import { useServices } from '../../../ui/services';
import type { SaveState } from '../../../ui/session/shownStatus';
import { parseDocument, type ServiceDoc } from '../schema';
import { recordOf } from './record';

const SAVE_DELAY_MS = 400;

export type LoadState = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'invalid'; error: string } | { kind: 'ready' };
/**
 * A failed write is not retried by itself: the save line offers to try again, with the browser's words. A
 * conflict (another tab saved since) waits for the principal; `decided`: the stored version has a decision
 * recorded, which this tab may not overwrite.
 */
export type ServiceSave = SaveState<{ error: StorageFailureReason; message: string } | { error: 'conflict'; decided: boolean }>;

const sameDocument = (stored: KindDocumentRecord, doc: ServiceDoc, decidedOn: string | null): boolean =>
  stored.decidedOn === decidedOn && canonicalJson(stored.doc) === canonicalJson(doc);

export function useServiceDoc(id: string) {
  const { storage, drafts } = useServices();
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [doc, setDoc] = useState<ServiceDoc | null>(null);
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const [save, setSave] = useState<ServiceSave>('idle');
  const docRef = useRef<ServiceDoc | null>(null);
  const decidedRef = useRef<string | null>(null);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  /** The stored version this tab read or wrote last (its `updatedAt`): the next save goes on top of it. */
  const base = useRef<string | undefined>(undefined);
  /** Another tab saved since: nothing is written until the principal chooses. */
  const conflict = useRef<KindDocumentRecord | null>(null);
  const [reloads, setReloads] = useState(0);
  /** Other tabs with this validation open, whether one of them saved it since this tab read it, or erased everything. */
  const [others, setOthers] = useState({ open: 0, saved: false, erased: false });
  /** Everything was erased in another tab: nothing more is written from this one (it would bring the document back). */
  const erased = useRef(false);

  useEffect(
    () =>
      storage.watchAssessment(id, (change) => {
        if (change.kind === 'erased') {
          erased.current = true;
          window.clearTimeout(timer.current);
        }
        setOthers((o) => ({ open: change.otherTabs, saved: o.saved || change.kind === 'saved', erased: o.erased || change.kind === 'erased' }));
      }),
    [id, storage],
  );

  useEffect(() => {
    let live = true;
    void storage.loadDocument(id).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setLoad(r.reason === 'not-found' ? { kind: 'not-found' } : { kind: 'invalid', error: r.error });
        return;
      }
      const parsed = parseDocument(r.record.doc);
      if (!parsed.ok) {
        setLoad({ kind: 'invalid', error: parsed.issues[0] ?? '' });
        return;
      }
      docRef.current = parsed.doc;
      decidedRef.current = r.record.decidedOn;
      base.current = r.record.updatedAt;
      setDoc(parsed.doc);
      setDecidedOn(r.record.decidedOn);
      setLoad({ kind: 'ready' });
    });
    return () => {
      live = false;
    };
  }, [id, storage, reloads]);

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) await inFlight.current;
    const current = docRef.current;
    if (!dirty.current || !current || conflict.current || erased.current) return;
    dirty.current = false;
    setSave('saving');
    const decided = decidedRef.current;
    const run = storage.saveDocument(recordOf(current, decided, new Date()), base.current).then((r) => {
      if (r.ok) {
        base.current = r.updatedAt;
        if (!dirty.current) setSave({ saved: new Date() });
        return;
      }
      if (r.reason === 'conflict' && r.stored && sameDocument(r.stored, current, decided)) {
        // Both tabs hold the same document (each saved the new day's summary at midnight, say): nothing to choose.
        base.current = r.stored.updatedAt;
        if (!dirty.current) setSave({ saved: new Date() });
        return;
      }
      dirty.current = true;
      if (r.reason === 'conflict') {
        conflict.current = r.stored;
        setSave({ error: 'conflict', decided: r.stored?.decidedOn != null });
      } else {
        setSave({ error: r.reason, message: r.error });
      }
    });
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [storage]);

  const schedule = useCallback(() => {
    dirty.current = true;
    setSave('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  /**
   * The document as the wizard kept it (it checked the answer against the schema and the decision); the
   * wizard's snapshot is what the page shows, so `doc` stays the document as loaded.
   */
  const keep = useCallback(
    (next: ServiceDoc) => {
      docRef.current = next;
      schedule();
    },
    [schedule],
  );

  /** The decision recorded on the document as it is now: saved at once, with the date beside it. */
  const recordDecision = useCallback(
    async (on: string, decided: ServiceDoc) => {
      docRef.current = decided;
      decidedRef.current = on;
      setDecidedOn(on);
      dirty.current = true;
      await flush();
    },
    [flush],
  );

  // Before the page hides or reloads for an update, and when this page closes, what is typed reaches the disk.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unregister = drafts.register(flush);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      unregister();
      void flush();
    };
  }, [flush, drafts]);

  /** The conflict resolved by reading the stored version: what this tab changed since it last saved is dropped. */
  const loadStored = useCallback(() => {
    window.clearTimeout(timer.current);
    conflict.current = null;
    dirty.current = false;
    setSave('idle');
    setOthers((o) => ({ ...o, saved: false }));
    setLoad({ kind: 'loading' });
    setReloads((n) => n + 1);
  }, []);

  /** The conflict resolved by saving this tab's version over the other tab's (never over a recorded decision). */
  const keepMine = useCallback(async () => {
    const stored = conflict.current;
    if (stored?.decidedOn != null) return;
    conflict.current = null;
    base.current = stored?.updatedAt;
    dirty.current = true;
    setOthers((o) => ({ ...o, saved: false }));
    await flush();
  }, [flush]);

  return { load, doc, decidedOn, save, others, keep, flush, recordDecision, loadStored, keepMine };
}
