// Loads the lazy PDF module through the services, so the UI never imports jsPDF's side itself.
import { useEffect } from 'preact/hooks';
import { useServices } from '../services';

/** Starts fetching the PDF code early (idempotent) so the first click does not wait for it. */
export function usePrefetchPdf(): void {
  const { pdf } = useServices();
  useEffect(() => {
    void pdf()
      .then((m) => m.loadPdfModule())
      .catch(() => undefined); // offline without the chunk: the click will say so
  }, [pdf]);
}

/** A short, safe file name part from a school name. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'bedomning';
}

/** Whether an error is the browser failing to fetch a lazy chunk (offline before the worker cached it). */
export function isChunkLoadError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /dynamically imported module|Failed to fetch|Importing a module script failed|error loading dynamically/i.test(text);
}
