// The register as CSV that Swedish Excel opens by double-click: UTF-8 with a byte-order mark (without it
// Excel reads Windows-1252 and å ä ö break), semicolons (Excel's separator where the decimal mark is a
// comma), CRLF line ends, and RFC 4180 quoting.
import type { Lang } from '../domain/types';
import type { RegisterEntry, RegisterStatus } from './register';

const HEADERS: Record<Lang, string[]> = {
  sv: ['Skola', 'Kamera', 'Plats', 'Syfte', 'Tider', 'Lagringstid', 'Start', 'Slut', 'Status', 'Diarienummer', 'Version', 'Kontrollkod (SHA-256)'],
  en: ['School', 'Camera', 'Place', 'Purpose', 'Hours', 'Retention', 'Start', 'End', 'Status', 'Reference', 'Version', 'Fingerprint (SHA-256)'],
};

export const REGISTER_STATUS_LABELS: Record<RegisterStatus, { sv: string; en: string }> = {
  'in-force': { sv: 'Pågår', en: 'In force' },
  ended: { sv: 'Avslutad', en: 'Ended' },
  'awaiting-review': { sv: 'Väntar på beslut', en: 'Awaiting decision' },
  rejected: { sv: 'Avslagen', en: 'Rejected' },
};

/**
 * CSV formula injection (OWASP): Excel evaluates a cell starting with = + - @ (or a tab or CR) as a
 * formula, so a school name like "=HYPERLINK(...)" could run. A leading apostrophe makes it plain text.
 */
const defuse = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** Quoted only when needed: a separator, a quote or a line break inside; quotes doubled. */
const quote = (cell: string): string => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const row = (cells: string[]): string => cells.map((c) => quote(defuse(c))).join(';');

/** The register as one CSV text, a header row in the language and one row per entry; dates stay ISO. */
export function registerCsv(entries: RegisterEntry[], lang: Lang): string {
  const lines = [
    row(HEADERS[lang]),
    ...entries.map((e) =>
      row([
        e.school,
        e.cameraName,
        e.place[lang],
        e.purpose,
        e.hours[lang],
        e.retention[lang],
        e.start,
        e.end,
        REGISTER_STATUS_LABELS[e.status][lang],
        e.decisionReference,
        String(e.version),
        e.fingerprint,
      ]),
    ),
  ];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
