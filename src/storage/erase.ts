// "Ta bort från den här enheten": every assessment, version, setting and marker, for real (shared laptops).
import { ALL_STORES, deleteDatabase, withDb } from './db';
import { storageFailure } from './errors';
import type { StorageFailure } from './errors';
import { forgetInstall } from './install';
import { clearMarker, forgetMarkerState } from './persistence';
import { forgetCachedSettings } from './settings';
import { broadcast } from './tabs';

export async function eraseEverything(): Promise<{ ok: true } | StorageFailure> {
  let clearError: unknown = null;
  try {
    // Clearing first empties the stores at once, even if deleting the database has to wait for another tab.
    await withDb(async (db) => {
      const tx = db.transaction([...ALL_STORES], 'readwrite');
      await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
    });
  } catch (e) {
    clearError = e;
  }
  try {
    await deleteDatabase();
  } catch (e) {
    // With the stores already empty, a database left behind holds no one's data.
    if (clearError !== null) return storageFailure(e);
  }
  // This tab asked for the erase: it goes on with the new, empty database. Every other tab keeps the old
  // install id, so its saves are refused even if it never hears the 'erased' message.
  forgetInstall();
  clearMarker();
  forgetMarkerState();
  forgetCachedSettings();
  broadcast({ type: 'erased' });
  return { ok: true };
}
