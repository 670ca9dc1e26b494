// The register as CSV for Swedish Excel, read back with a real CSV parser (papaparse).
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../../../src/assessments/camera/domain';
import { registerCsv, registerEntries } from '../../../../src/assessments/camera/domain';
import { loadFixture } from '../helpers';
import { sign } from './chain';

let real: RegisterEntry[];
beforeAll(async () => {
  const signed = await sign(loadFixture('facade-night'), '2026-09-15');
  real = registerEntries([{ assessment: signed, versions: [signed] }], '2026-11-23');
});

/** Parses as Excel would after the BOM: semicolons, quotes, CRLF. */
function cells(csv: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const awkward = (patch: Partial<RegisterEntry>): RegisterEntry => ({ ...real[0]!, ...patch });

describe('registerCsv', () => {
  it('starts with a BOM, has a header in the language and one row per entry, with CRLF line ends', () => {
    const csv = registerCsv(real, 'sv');
    const rows = cells(csv);
    expect(rows[0]).toEqual(['Skola', 'Kamera', 'Plats', 'Syfte', 'Tider', 'Lagringstid', 'Start', 'Slut', 'Status', 'Diarienummer', 'Version', 'Kontrollkod (SHA-256)']);
    expect(rows).toHaveLength(1 + real.length);
    expect(rows[1]).toEqual([
      'Lindängsskolan',
      'Kamera 1',
      'Idrottshallens södra fasad, monterad under takfoten',
      real[0]!.purpose,
      'Vardagar 20–06, helger 17–07',
      '72 timmar',
      '2026-10-01',
      '',
      'Pågår',
      'UN 2026/1234',
      '1',
      real[0]!.fingerprint,
    ]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(cells(registerCsv(real, 'en'))[1]!.slice(4, 9)).toEqual(['Weekdays 20–06, weekends 17–07', '72 hours', '2026-10-01', '', 'In force']);
  });

  it('gives back the same cells for names with semicolons, quotes and line breaks', () => {
    const school = 'Skolan "Solen"; avdelning B';
    const cameraName = 'Kamera vid\r\nentrén';
    const purpose = 'Rad ett\nrad två; "citat" och ""dubbla""';
    const rows = cells(registerCsv([awkward({ school, cameraName, purpose })], 'sv'));
    expect(rows[1]!.slice(0, 4)).toEqual([school, cameraName, real[0]!.place.sv, purpose]);
  });

  it('quotes only the cells that need it', () => {
    const csv = registerCsv([awkward({ school: 'A;B', cameraName: 'Plain' })], 'sv');
    expect(csv.split('\r\n')[1]!.startsWith('"A;B";Plain;')).toBe(true);
  });

  it('defuses cells Excel would run as formulas with a leading apostrophe', () => {
    const entry = awkward({ school: '=HYPERLINK("http://example.com","x")', cameraName: '+46 70', purpose: '-2+3', decisionReference: '@SUM(A1)' });
    const row = cells(registerCsv([entry], 'sv'))[1]!;
    expect([row[0], row[1], row[3], row[9]]).toEqual([`'=HYPERLINK("http://example.com","x")`, `'+46 70`, `'-2+3`, `'@SUM(A1)`]);
    expect(row[2]).toBe(real[0]!.place.sv); // ordinary text untouched
  });
});
