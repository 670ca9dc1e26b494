// Opening an assessment: changes left in the journal (a crash, a failed save, a closed tab) win over the older
// stored record and are never dropped silently. The principal is told what was put back.
import { canonicalJson, restore } from '../../domain';
import type { Assessment } from '../../domain';
import type { Services } from '../../../../ui/services';
import { clearJournal, readAside, readJournal, setAside, type Recovery } from '../../../../ui/session/journal';

const sameContent = (a: Assessment, b: Assessment): boolean => a.step === b.step && canonicalJson(a) === canonicalJson(b);

type Store = Pick<Services['storage'], 'keepBoth'>;

/** Returns the assessment to open and what was done with the journal. */
export async function recoverJournal(storage: Store, stored: Assessment): Promise<{ assessment: Assessment; recovery: Recovery }> {
  const entry = readJournal(stored.id);
  const aside = readAside(stored.id);
  const earlier: Recovery = aside === null ? { kind: 'none' } : { kind: 'kept', raw: aside };
  const none = { assessment: stored, recovery: earlier };
  if (!entry) return none;
  const keep = (): { assessment: Assessment; recovery: Recovery } => {
    // If even that fails, the entry stays where it is; it is offered again on the next open.
    setAside(stored.id, entry.raw);
    return { assessment: stored, recovery: { kind: 'kept', raw: entry.raw } };
  };
  const restored = restore(entry.assessment);
  if (!restored.ok) return keep();
  const mine = restored.value;
  if (mine.id !== stored.id) return keep();
  if (sameContent(mine, stored)) {
    clearJournal(stored.id); // the stored record already holds it
    return none;
  }
  const at = mine.updatedAt;
  if (stored.revision === entry.base && stored.signoff === null) {
    // Nothing was stored since these changes were made: they are simply the newest state.
    return { assessment: { ...mine, revision: stored.revision }, recovery: { kind: 'applied', at } };
  }
  // Saved elsewhere since (another tab) or signed: both are kept, the journal's changes as a copy.
  const kept = await storage.keepBoth(mine, stored, crypto.randomUUID(), new Date().toISOString());
  if (!kept.ok) return keep();
  clearJournal(stored.id);
  return { assessment: stored, recovery: { kind: 'copy', copyId: kept.copy.id, at } };
}
