// `kamerabedomning check <files…>`: how an administration checks many schools' files at once. Every file is
// read, restored, evaluated and its signature verified with the app's own code; one line per assessment.
import { readFile, stat } from 'node:fs/promises';
import { isoDateOf } from '../assessments/camera/domain';
import { check, kindOf } from './kinds';
import { readContent } from './read';
import type { Line } from './table';
import { table } from './table';

export const USAGE = `Användning: kamerabedomning check [--format json|table] [--today ÅÅÅÅ-MM-DD] <filer…>

Kontrollerar bedömningar från Kamerabedömning: signerade PDF:er, säkerhetskopior (JSON) och
enskilda bedömningar (JSON). Varje bedömning läses och utvärderas med appens egen kod och
underskriften kontrolleras.

  --format json    en JSON-rad per bedömning (standard)
  --format table   en tabell att läsa, med en summering
  --today DATUM    utvärdera som om det vore den dagen (standard: i dag)
  --help           visa den här texten

Mappar hoppas över. Slutkod 0 när alla filer gick att läsa, 1 när någon fil inte gick att läsa
eller inte är en bedömning, 2 vid fel i kommandot.
`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

interface Options {
  format: 'json' | 'table';
  today: string;
  files: string[];
}

const isDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

function parseArgs(args: string[], now: Date): Options | string {
  const [command, ...rest] = args;
  if (command !== 'check') return command === undefined ? 'Ange kommandot check och minst en fil.' : `Okänt kommando: ${command}.`;
  const options: Options = { format: 'json', today: isoDateOf(now), files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    if (name === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'table') return `--format ska vara json eller table, inte ${format ?? 'tomt'}.`;
      options.format = format;
    } else if (name === '--today') {
      const today = value();
      if (today === undefined || !isDate(today)) return `--today ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte ${today ?? 'tomt'}.`;
      options.today = today;
    } else if (name === '--') options.files.push(...rest.splice(i + 1));
    else if (name.startsWith('-')) return `Okänd flagga: ${name}.`;
    else options.files.push(arg);
  }
  return options.files.length > 0 ? options : 'Ange minst en fil att kontrollera.';
}

/** Reads one path; returns its lines, or a sentence on stderr and whether that counts as a failure. */
async function checkFile(file: string, today: string, io: Io): Promise<{ lines: Line[]; failed: boolean }> {
  const problem = (sentence: string, failed = true) => {
    io.err(`${file}: ${sentence}\n`);
    return { lines: [], failed };
  };
  let bytes: Uint8Array;
  try {
    if ((await stat(file)).isDirectory()) return problem('är en mapp och hoppas över; ange filerna i den om de ska kontrolleras.', false);
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return problem(code === 'ENOENT' ? 'filen finns inte.' : `filen gick inte att läsa (${String(code ?? e)}).`);
  }
  const content = await readContent(bytes);
  if (!content.ok) return problem(content.message);
  const lines: Line[] = [];
  let failed = false;
  for (const found of content.found) {
    const kind = kindOf(found.raw);
    const result = kind ? await check(kind, found, today) : { ok: false as const, message: { sv: 'Filen innehåller ingen bedömning.', en: 'The file does not contain an assessment.' } };
    if (result.ok) lines.push({ file, ...result.checked });
    else failed = problem(result.message.sv).failed;
  }
  return { lines, failed };
}

/** Runs the command; returns the exit code. */
export async function main(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const options = parseArgs(args, io.now());
  if (typeof options === 'string') {
    io.err(`${options}\n\n${USAGE}`);
    return 2;
  }
  const all: Line[] = [];
  let unreadable = 0;
  for (const file of options.files) {
    const { lines, failed } = await checkFile(file, options.today, io).catch((e: unknown) => {
      // A bug must cost one file, not the other schools' results.
      io.err(`${file}: ett oväntat fel uppstod (${e instanceof Error ? e.message : String(e)}).\n`);
      return { lines: [], failed: true };
    });
    if (failed) unreadable += 1;
    if (options.format === 'json') for (const line of lines) io.out(`${JSON.stringify(line)}\n`);
    all.push(...lines);
  }
  if (options.format === 'table') io.out(`${table(all, unreadable)}\n`);
  return unreadable > 0 ? 1 : 0;
}
