// The other kinds' documents on home (validations of digital services), through the registry: the shell
// knows no kind. Counting reads no document; the registry loads only when some kind has documents, so a
// first visit (nothing stored) never fetches a kind.
import { useEffect, useState } from 'preact/hooks';
import { isoDateOf } from '../../engine/dates';
import type { DueEntry, KindHome } from '../../engine/kind';
import { useServices } from '../services';

export interface KindPart {
  id: string;
  home: KindHome;
  count: number;
  due: DueEntry[];
}

/** null while counting; then one part per kind with documents (none when nothing else is stored). */
export function useKindParts(reloadOn: unknown): KindPart[] | null {
  const { storage } = useServices();
  const [parts, setParts] = useState<KindPart[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = async (): Promise<KindPart[]> => {
      const counts = await storage.countDocuments();
      if (Object.keys(counts).length === 0) return [];
      const { kinds } = await import('../../assessments/registry');
      const today = isoDateOf(new Date());
      const withHome = kinds.kinds.flatMap((k) => (k.home && counts[k.id] ? [{ id: k.id, home: k.home, count: counts[k.id] ?? 0 }] : []));
      return Promise.all(withHome.map(async (p) => ({ ...p, due: p.home.dueOf(await storage.listDocuments(p.id), today) })));
    };
    // A failed read leaves home as the camera assessments show it, never with a wrong empty state.
    void read().then(
      (next) => live && setParts(next),
      () => live && setParts([]),
    );
    return () => {
      live = false;
    };
  }, [storage, reloadOn]);
  return parts;
}
