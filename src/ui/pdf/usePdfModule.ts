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
