// localStorage lives apart from IndexedDB: when the browser wipes one, the other often remembers, and it is
// written synchronously. Storage (the install marker) and the session (the unsaved-changes journal) both reach
// it through here, so a browser that forbids it costs a missing feature, never an exception.

/** The browser's localStorage; null where there is none or touching it throws (some browsers, in private mode). */
export function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
