// A short, safe file-name part from a school name, for the files the app offers (backups, PDFs, reminders).

/** Letters that do not decompose into a base letter and an accent. */
const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ı: 'i' };

/** 'Lindängsskolan' → 'lindangsskolan', 'Łódź' → 'lodz'; never empty. */
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
