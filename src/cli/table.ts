// The checker's result for people: one aligned row per assessment, Swedish headers, and a total.
import type { Outcome } from '../assessments/camera/domain';
import { OUTCOME_NAMES } from '../assessments/camera/domain';
import type { Checked } from './kinds';

export type Line = { file: string } & Checked;

const HEADERS = ['Fil', 'Skola', 'Version', 'Utfall', 'Fynd', 'Obesvarat', 'Underskrift', 'Kontrollkod'] as const;

const isOutcome = (o: string): o is Outcome => Object.hasOwn(OUTCOME_NAMES, o);
const outcomeText = (o: string): string => (isOutcome(o) ? OUTCOME_NAMES[o].sv : o);
/** Long names are cut so one school cannot push the other columns off the screen. */
const cut = (s: string, max: number): string => ([...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s);
const signatureText = (l: Line): string => (!l.signed ? 'osignerad' : l.signatureValid ? 'giltig' : 'OGILTIG');

function row(l: Line): string[] {
  const blocking = l.findings.filter((f) => f.severity === 'block').length;
  const findings = blocking > 0 ? `${l.findings.length} (${blocking} hindrar)` : String(l.findings.length);
  return [l.file, cut(l.school, 40) || '–', String(l.version), outcomeText(l.outcome), findings, String(l.missing.length), signatureText(l), l.fingerprint ? `${l.fingerprint.slice(0, 16)}…` : '–'];
}

// Padded by characters (code points), so å, ä, ö and names outside Latin-1 line up in a terminal.
const width = (s: string): number => [...s].length;
function aligned(rows: string[][]): string[] {
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  const pad = (cell: string, i: number): string => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, i))).join('  ').trimEnd());
}

export function table(lines: Line[], unreadable: number): string {
  const invalid = lines.filter((l) => l.signed && !l.signatureValid).length;
  const signed = lines.filter((l) => l.signed).length;
  const total = [
    `${lines.length} ${lines.length === 1 ? 'bedömning' : 'bedömningar'}`,
    `${signed} ${signed === 1 ? 'undertecknad' : 'undertecknade'}`,
    `${invalid} med ogiltig underskrift`,
    `${unreadable} ${unreadable === 1 ? 'fil' : 'filer'} gick inte att läsa`,
  ].join(', ');
  const body = lines.length > 0 ? aligned([[...HEADERS], ...lines.map(row)]) : [];
  return [...body, '', `Totalt: ${total}.`].join('\n');
}
