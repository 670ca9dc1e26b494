// Splitting pasted or imported text into rows of cells (DOM-free): tab-separated as Excel and LibreOffice
// copy, or CSV with ';' or ','. Quoted cells may hold the separator, quotes ("") and line breaks (RFC 4180).

/** The separator of a CSV file: the one of ';', ',' and tab that occurs most in its first line. */
export function guessSeparator(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (sep: string) => first.split(sep).length - 1;
  return ['\t', ';', ','].reduce((best, sep) => (count(sep) > count(best) ? sep : best), ';');
}

/** Rows of cells; a byte-order mark is dropped, blank lines are skipped. */
export function splitRows(text: string, separator: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    if (row.some((c) => c.trim() !== '')) rows.push(row);
    row = [];
    cell = '';
  };
  while (i < s.length) {
    const ch = s[i] ?? '';
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
    i++;
  }
  endRow();
  return rows;
}
