// Opening an assessment: changes left in the journal by an unload are stored first, never dropped.
import { canonicalJson, restore } from '../../domain';
import type { Assessment } from '../../domain';
import type { Services } from '../services';
import { clearJournal, readJournal } from './journal';

export type Recovery = { kind: 'none' } | { kind: 'applied' } | { kind: 'copy'; copyId: string };

const sameContent = (a: Assessment, b: Assessment): boolean => a.step === b.step && canonicalJson(a) === canonicalJson(b);

/** Returns the assessment to open (with the journal's changes stored) and what was done. */
export async function recoverJournal(storage: Services['storage'], stored: Assessment): Promise<{ assessment: Assessment; recovery: Recovery }> {
  const entry = readJournal(stored.id);
  const none = { assessment: stored, recovery: { kind: 'none' } as Recovery };
  if (!entry) return none;
  const restored = restore(entry.assessment);
  if (!restored.ok || restored.value.id !== stored.id || sameContent(restored.value, stored)) {
    clearJournal(stored.id);
    return none;
  }
  const mine = restored.value;
  if (stored.revision === entry.base && stored.signoff === null) {
    const saved = await storage.save(mine, entry.base);
    if (saved.ok) {
      clearJournal(stored.id);
      return { assessment: saved.assessment, recovery: { kind: 'applied' } };
    }
    if (saved.reason !== 'conflict' && saved.reason !== 'signed') return none; // keep the journal; try next time
  }
  // Saved elsewhere since (another tab) or signed: both are kept, the journal's changes as a copy.
  const kept = await storage.keepBoth(mine, stored, crypto.randomUUID(), new Date().toISOString());
  if (!kept.ok) return none;
  clearJournal(stored.id);
  return { assessment: stored, recovery: { kind: 'copy', copyId: kept.copy.id } };
}
