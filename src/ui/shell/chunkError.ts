/** Whether an error is the browser failing to fetch a lazy chunk (offline before the worker cached it). */
export function isChunkLoadError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /dynamically imported module|Failed to fetch|Importing a module script failed|error loading dynamically/i.test(text);
}
