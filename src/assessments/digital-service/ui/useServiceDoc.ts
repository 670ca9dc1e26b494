// One validation being edited: loaded through the kind's parse (storage data is untrusted), every answer
// checked against the schema before it is kept, and autosaved a moment after typing stops. "Sparat" is
// said only after the write has committed; a failed write says so and offers to try again.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../../../ui/services';
import { canonicalJson } from '../../../engine/canonical';
import { decidedPart, mayChangeAfterDecision } from '../decided';
import { parseDocument, type ServiceDoc } from '../schema';
import { recordOf } from './record';

const SAVE_DELAY_MS = 400;

export type LoadState = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'invalid'; error: string } | { kind: 'ready' };
export type SaveState = { kind: 'saved'; at: Date | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; error: string };

/** What the save line says: a save reported a moment ago does not vouch for typing a field still holds. */
export function shownSave(save: SaveState, typing: boolean): SaveState {
  return typing && save.kind === 'saved' ? { kind: 'pending' } : save;
}

/** The document with the answer at a dotted path replaced; list positions are numbers. */
export function setAt<T>(doc: T, path: string, value: unknown): T {
  const out = structuredClone(doc) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = out;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== 'object') return doc;
    node = child as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
  return out as T;
}

export function useServiceDoc(id: string) {
  const { storage, drafts } = useServices();
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [doc, setDoc] = useState<ServiceDoc | null>(null);
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: null });
  const docRef = useRef<ServiceDoc | null>(null);
  const decidedRef = useRef<string | null>(null);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);

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
      setDoc(parsed.doc);
      setDecidedOn(r.record.decidedOn);
      setLoad({ kind: 'ready' });
    });
    return () => {
      live = false;
    };
  }, [id, storage]);

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) await inFlight.current;
    const current = docRef.current;
    if (!dirty.current || !current) return;
    dirty.current = false;
    setSave({ kind: 'saving' });
    const run = storage.saveDocument(recordOf(current, decidedRef.current, new Date())).then((r) => {
      if (!r.ok) {
        dirty.current = true;
        setSave({ kind: 'failed', error: r.error });
      } else if (!dirty.current) {
        setSave({ kind: 'saved', at: new Date() });
      }
    });
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [storage]);

  const schedule = useCallback(() => {
    dirty.current = true;
    setSave({ kind: 'pending' });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  /**
   * Keeps an answer only if the document stays valid (what restore would refuse is never stored) and, once a
   * decision is recorded, only follow-up: the decided answers change in a new version, never in place.
   */
  const answer = useCallback(
    (path: string, value: unknown): boolean => {
      const current = docRef.current;
      if (!current) return false;
      if (decidedRef.current !== null && !mayChangeAfterDecision(path)) return false;
      const next = setAt(current, path, value);
      const parsed = parseDocument({ ...next, updatedAt: new Date().toISOString() });
      if (!parsed.ok) return false;
      docRef.current = parsed.doc;
      setDoc(parsed.doc);
      schedule();
      return true;
    },
    [schedule],
  );

  /** A whole new document (a platform validation taken over, a discontinuation): kept and saved like an answer. */
  const replace = useCallback(
    (next: ServiceDoc): boolean => {
      const current = docRef.current;
      if (decidedRef.current !== null && current && canonicalJson(decidedPart(current)) !== canonicalJson(decidedPart(next))) return false;
      docRef.current = next;
      setDoc(next);
      schedule();
      return true;
    },
    [schedule],
  );

  const recordDecision = useCallback(
    async (on: string) => {
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

  return { load, doc, docRef, decidedOn, save, answer, replace, flush, recordDecision };
}
