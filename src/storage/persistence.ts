// Persistent storage, usage, and the marker that tells a wiped database from a fresh install.
import { localStore } from '../engine/local-store';
import { getDb, newInstall } from './db';

export interface StorageStatus {
  /** null: the browser cannot tell (no StorageManager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const MARKER_KEY = 'kamerabedomning.install';
interface Marker {
  installedAt: string;
  hadData: boolean;
}

function storageManager(): StorageManager | null {
  return globalThis.navigator?.storage ?? null;
}


function readMarker(): Marker | null {
  try {
    const raw = localStore()?.getItem(MARKER_KEY);
    if (!raw) return null;
    const m = JSON.parse(raw) as Partial<Marker>;
    return typeof m.installedAt === 'string' ? { installedAt: m.installedAt, hadData: m.hadData === true } : null;
  } catch {
    return null;
  }
}

function writeMarker(m: Marker): void {
  try {
    localStore()?.setItem(MARKER_KEY, JSON.stringify(m));
  } catch {
    // A full or disabled localStorage only costs the wipe warning, never the data.
  }
}

export function clearMarker(): void {
  try {
    localStore()?.removeItem(MARKER_KEY);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Whether this browser has run the app here before: the marker is written at every start (wasWiped) and
 * lives in localStorage, which browsers clear together with IndexedDB. Read without opening the database.
 */
export function installKnown(): boolean {
  return readMarker() !== null;
}

/** Which creation of the database this is (the upgrade writes it; recreated if it went missing). */
async function installedAt(): Promise<string> {
  const db = await getDb();
  const tx = db.transaction('meta', 'readwrite');
  const meta = await tx.store.get('install');
  let id = typeof meta?.installId === 'string' ? meta.installId : meta?.createdAt;
  if (typeof id !== 'string') {
    const fresh = newInstall();
    id = fresh.installId;
    await tx.store.put(fresh);
  }
  await tx.done;
  return id;
}

let markedHadData = false;

/** Called after a successful save: remember that this install holds the principal's data. */
export async function noteDataSaved(): Promise<void> {
  if (markedHadData) return;
  const current = await installedAt();
  const marker = readMarker();
  // A marker from an earlier install is the evidence of a wipe: keep it until the principal has seen it.
  const wipeEvidence = marker !== null && marker.hadData && marker.installedAt !== current;
  if (!wipeEvidence) writeMarker({ installedAt: current, hadData: true });
  markedHadData = true;
}

/** True when this device held assessments in a database the browser has since deleted. */
export async function wasWiped(): Promise<boolean> {
  const marker = readMarker();
  if (!marker) {
    writeMarker({ installedAt: await installedAt(), hadData: false });
    return false;
  }
  return marker.hadData && marker.installedAt !== (await installedAt());
}

/** The principal has seen the wipe warning (and perhaps restored a backup): start watching afresh. */
export async function acknowledgeWipe(): Promise<void> {
  const db = await getDb();
  // Validations of other kinds are the principal's data too (a device may hold only those).
  const hadData = (await db.count('assessments')) + (await db.count('documents')) > 0;
  writeMarker({ installedAt: await installedAt(), hadData });
  markedHadData = hadData;
}

export function forgetMarkerState(): void {
  markedHadData = false;
}

/** Asks the browser not to evict our data under storage pressure. null: not supported or refused to say. */
export async function requestPersistence(): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager?.persist) return null;
  try {
    if (await manager.persisted?.()) return true;
    return await manager.persist();
  } catch {
    return null;
  }
}

let persistenceAsked = false;

/** Storage asks once per session, after the first successful save. */
export function requestPersistenceOnce(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  void requestPersistence();
}

export async function storageStatus(): Promise<StorageStatus> {
  const manager = storageManager();
  if (!manager) return { persisted: null, usage: null, quota: null };
  let persisted: boolean | null = null;
  let usage: number | null = null;
  let quota: number | null = null;
  try {
    persisted = manager.persisted ? await manager.persisted() : null;
  } catch {
    persisted = null;
  }
  try {
    const estimate = await manager.estimate();
    usage = estimate.usage ?? null;
    quota = estimate.quota ?? null;
  } catch {
    // Unknown usage is shown as unknown.
  }
  return { persisted, usage, quota };
}
