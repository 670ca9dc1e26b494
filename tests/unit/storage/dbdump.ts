// Saved databases: dump a whole IndexedDB (schema and records) to JSON, and load such a dump back.
export interface IndexDump {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}
export interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexDump[];
  records: { key: IDBValidKey; value: unknown }[];
}
export interface DatabaseDump {
  name: string;
  version: number;
  stores: StoreDump[];
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    r.onupgradeneeded = () => upgrade?.(r.result);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error('blocked'));
  });
}

export async function dumpDatabase(name: string): Promise<DatabaseDump> {
  const db = await openRaw(name);
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  const stores: StoreDump[] = [];
  for (const storeName of names) {
    const store = tx.objectStore(storeName);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    stores.push({
      name: storeName,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].sort().map((i) => {
        const index = store.index(i);
        return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      }),
      records: keys.map((key, i) => ({ key, value: values[i] })),
    });
  }
  const dump = { name, version: db.version, stores };
  db.close();
  return dump;
}

/** Recreates a saved database exactly as it was, at its own version, so the current code can open it. */
export async function loadDatabase(dump: DatabaseDump): Promise<void> {
  const db = await openRaw(dump.name, dump.version, (upgrading) => {
    for (const s of dump.stores) {
      const store = upgrading.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  });
  const tx = db.transaction(dump.stores.map((s) => s.name), 'readwrite');
  for (const s of dump.stores) {
    const store = tx.objectStore(s.name);
    for (const r of s.records) {
      if (s.keyPath === null) store.put(r.value, r.key);
      else store.put(r.value);
    }
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Schema only (no records), to compare an upgraded database with a fresh one. */
export const schemaOf = (d: DatabaseDump) => d.stores.map(({ records: _records, ...rest }) => rest);
