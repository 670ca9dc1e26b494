// A lazily loaded chunk, started once and shared; a failed load is forgotten so a later call can retry
// (offline before the service worker had the chunk, a flaky network).
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
