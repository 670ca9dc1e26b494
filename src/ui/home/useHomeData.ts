// Everything home shows, read together: the list, the other kinds' parts, whether the organisation is set up
// and whether a backup is due. The page appears once, whole: a notice or prompt arriving after the list would
// push the cards down under the principal's eyes (a layout shift). Read again whenever the principal comes
// back to the page or something changes.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isoDateOf, type IsoDate } from '../../engine/dates';
import type { DueEntry, KindHome } from '../../engine/kind';
import { loadCardNames } from '../../assessments/home-list';
import type { AssessmentSummary } from '../../storage';
import { useServices, type Services } from '../services';
import { useToday } from '../today';

export interface KindPart {
  id: string;
  home: KindHome;
  count: number;
  due: DueEntry[];
}

/** The names a card shows for its row's outcome and areas, from the rows' kind. */
export type CardNames = Awaited<ReturnType<typeof loadCardNames>>;

export interface HomeData {
  items: AssessmentSummary[];
  /** Loaded only when there are rows: a first visit (nothing stored) never fetches the kind's names. */
  names: CardNames | null;
  /** One part per other kind with documents (none when nothing else is stored). */
  parts: KindPart[];
  organisationSetUp: boolean;
  needsBackup: boolean;
}

export type HomeState = { kind: 'loading' } | ({ kind: 'ready' } & HomeData) | { kind: 'failed'; error: string };

type Storage = Services['storage'];

/** The other kinds' documents, through the registry: counting reads no document, and the registry loads only
 * when some kind has documents, so a first visit (nothing stored) never fetches a kind. */
async function readKindParts(storage: Storage, today: IsoDate): Promise<KindPart[]> {
  const counts = await storage.countDocuments();
  if (Object.keys(counts).length === 0) return [];
  const { kinds } = await import('../../assessments/registry');
  const withHome = kinds.kinds.flatMap((k) => (k.home && counts[k.id] ? [{ id: k.id, home: k.home, count: counts[k.id] ?? 0 }] : []));
  return Promise.all(withHome.map(async (p) => ({ ...p, due: p.home.dueOf(await storage.listDocuments(p.id), today) })));
}

/** What an empty database reads as (readHome): a first visit shows it before its database exists. */
export const NOTHING_STORED: HomeState = { kind: 'ready', items: [], names: null, parts: [], organisationSetUp: false, needsBackup: false };

/** Only the list can fail the page; the rest falls back to what hides it (no prompt, no reminder, no parts). */
export async function readHome(storage: Storage, today: IsoDate = isoDateOf(new Date())): Promise<HomeState> {
  try {
    const [items, parts, organisationSetUp, needsBackup] = await Promise.all([
      storage.listSummaries(),
      readKindParts(storage, today).catch((): KindPart[] => []),
      storage.organisationSetUp().catch(() => true),
      storage.needsBackup().catch(() => false),
    ]);
    const names = items.length > 0 ? await loadCardNames() : null;
    return { kind: 'ready', items, names, parts, organisationSetUp, needsBackup };
  } catch (e) {
    return { kind: 'failed', error: e instanceof Error ? e.message : String(e) };
  }
}

export function useHomeData(): { state: HomeState; reload: () => Promise<void> } {
  const { storage, firstVisitHome } = useServices();
  // Due dates are judged on the day it is: a home page left open reads again when a new day begins.
  const today = useToday();
  const latestToday = useRef(today);
  latestToday.current = today;
  // The first read starts with the first render, not after it has painted: the list is what home waits for.
  // The marks let scripts/bench/scale-ab.mjs time the read alone.
  const [first] = useState(() => {
    performance.mark('t:read-start');
    return readHome(storage, today).then((s) => {
      performance.mark('t:read-done');
      return s;
    });
  });
  const [state, setState] = useState<HomeState>(() => (firstVisitHome() ? NOTHING_STORED : { kind: 'loading' }));
  // Only the read started last may show: on a first visit home can be used before its first read has answered,
  // and that older answer must not hide an import (or another tab's save) a later read has already shown.
  const reads = useRef(0);
  const reload = useCallback(async () => {
    const read = ++reads.current;
    const next = await readHome(storage, latestToday.current);
    if (read === reads.current) setState(next);
  }, [storage]);
  useEffect(() => {
    let live = true;
    void first.then((s) => live && reads.current === 0 && setState(s));
    // Another tab may have saved, imported or deleted meanwhile.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [first, reload]);
  const firstDay = useRef(today);
  useEffect(() => {
    if (today === firstDay.current) return;
    firstDay.current = today;
    void reload();
  }, [today, reload]);
  return { state, reload };
}
