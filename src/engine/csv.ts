// CSV that Swedish Excel and LibreOffice open by double-click: UTF-8 with a byte-order mark, semicolons
// (the separator where the decimal mark is a comma), CRLF line ends, RFC 4180 quoting, and formula
// injection defused (a cell starting with = + - @ tab or CR gets a leading apostrophe).
const defuse = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
const quote = (cell: string): string => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export const csvRow = (cells: readonly string[]): string => cells.map((c) => quote(defuse(c))).join(';');

/** A header row and the rows, as one file text with the BOM. */
export const csvText = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  `\uFEFF${[header, ...rows].map((r) => `${csvRow(r)}\r\n`).join('')}`;
