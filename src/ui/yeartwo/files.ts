// File names and load errors for the year-two downloads. Kept apart from src/ui/pdf/usePdfModule so the home
// and register chunks do not split that module out of the PDF panel's chunk (scripts/size.mjs then reads a
// CSS-only chunk that Vite drops after the chunk report is written).

/** Letters that do not decompose into a base letter and an accent. */
const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ı: 'i' };

/** A short, safe file name part from a school name ('Lindängsskolan' → 'lindangsskolan', 'Łódź' → 'lodz'). */
export function fileSlug(name: string): string {
  const s = name
    .replace(/[łŁøØđĐßæÆœŒþÞı]/g, (c) => FOLD[c] ?? c)
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
