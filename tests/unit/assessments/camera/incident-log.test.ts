// Incident logs from spreadsheets: Swedish dates and amounts, a header row in any order, all-or-nothing,
// CSV that round-trips through our own export, and fuzzed text that never throws or half-imports.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { IncidentSchema } from '../../../../src/assessments/camera/domain/schema';
import type { Incident } from '../../../../src/assessments/camera/domain';
import {
  incidentsCsv,
  readCost,
  readCsvLog,
  readDate,
  readPastedLog,
  readType,
  sortByDate,
  splitRows,
} from '../../../../src/assessments/camera/incidents';

const HEADER = { date: 'Datum', time: 'Klockslag', place: 'Plats', type: 'Typ av händelse', description: 'Vad hände?', policeReportNumber: 'Polisanmälans nummer', costSek: 'Kostnad (kr)' } as const;

describe('cells', () => {
  it('reads Swedish and ISO dates, and refuses impossible ones', () => {
    expect(readDate('2026-12-04')).toBe('2026-12-04');
    expect(readDate('4/12 2026')).toBe('2026-12-04');
    expect(readDate('4/12/2026')).toBe('2026-12-04');
    expect(readDate('04.12.2026')).toBe('2026-12-04');
    expect(readDate('')).toBe('');
    expect(readDate('31/2 2026')).toBeNull();
    expect(readDate('igår')).toBeNull();
  });
  it('reads amounts with spaces, kr and a decimal comma', () => {
    expect(readCost('18 500 kr')).toBe(18500);
    expect(readCost('18.500')).toBe(18500);
    expect(readCost('1250,50')).toBe(1250.5);
    expect(readCost('')).toBeNull();
    expect(readCost('mycket')).toBeUndefined();
    expect(readCost('-5')).toBeUndefined();
  });
  it('reads incident types in Swedish, English or as codes', () => {
    expect(readType('Inbrott')).toBe('breakin');
    expect(readType('anlagd brand')).toBe('arson');
    expect(readType('graffiti')).toBe('graffiti');
    expect(readType('')).toBe('');
    expect(readType('Översvämning')).toBeNull();
  });
});

describe('pasted lines', () => {
  it('recognises a header row in another order and reads one incident per line', () => {
    const text = 'Plats\tDatum\tKostnad\r\nSödra fasaden\t4/12 2026\t18 500 kr\r\nGården\t2026-11-30\t\r\n';
    const result = readPastedLog(text);
    expect(result).toEqual({
      ok: true,
      incidents: [
        { date: '2026-12-04', time: '', place: 'Södra fasaden', type: '', description: '', policeReportNumber: '', costSek: 18500 },
        { date: '2026-11-30', time: '', place: 'Gården', type: '', description: '', policeReportNumber: '', costSek: null },
      ],
    });
  });
  it('reads lines without a header in the table order', () => {
    const result = readPastedLog('2026-09-10\t20:15\tSödra fasaden\tInbrott\tFönster krossat\t5000-K1-26\t18500');
    expect(result.ok && result.incidents[0]).toMatchObject({ type: 'breakin', time: '20:15', policeReportNumber: '5000-K1-26' });
  });
  it('lists every cell it cannot read and imports nothing', () => {
    const result = readPastedLog('Datum\tKostnad\n2026-12-04\t100\nigår\tmycket\n2026-12-01\t5\textra');
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, column: 'date', cell: 'igår' },
        { line: 3, column: 'costSek', cell: 'mycket' },
        { line: 4, column: 'extra', cell: 'extra' },
      ],
    });
  });
  it('keeps a line break inside a quoted cell (as Excel copies it)', () => {
    expect(splitRows('"rad ett\nrad två"\tx\n', '\t')).toEqual([['rad ett\nrad två', 'x']]);
  });
});

describe('CSV', () => {
  const incidents: Incident[] = [
    { id: 'a', date: '2026-09-10', time: '20:15', place: 'Södra; fasaden', type: 'breakin', description: '=Fönster "krossat"\nutrustning stulen', policeReportNumber: '5000-K1-26', costSek: 18500 },
    { id: 'b', date: '', time: '', place: '', type: '', description: '', policeReportNumber: '', costSek: null },
  ];
  const typeName = (t: Incident['type']) => (t === 'breakin' ? 'Inbrott' : '');

  it('exports with BOM, semicolons and CRLF, and imports back the same incidents', () => {
    const csv = incidentsCsv(incidents, HEADER, typeName);
    expect(csv.startsWith('\uFEFFDatum;Klockslag;Plats;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    const back = readCsvLog(csv);
    expect(back).toEqual({ ok: true, incidents: incidents.map(({ id: _id, ...rest }) => rest).slice(0, 1) });
  });
  it('reads comma-separated files without a BOM', () => {
    const result = readCsvLog('Date,Place,Cost\n2026-12-04,"Gym, south",100\n');
    expect(result.ok && result.incidents[0]).toMatchObject({ place: 'Gym, south', costSek: 100 });
  });
});

describe('sorting', () => {
  it('puts the oldest first, undated last, and keeps the order of equal dates', () => {
    const rows = [
      { id: '1', date: '2026-10-01', time: '' },
      { id: '2', date: '', time: '' },
      { id: '3', date: '2026-09-01', time: '22:00' },
      { id: '4', date: '2026-09-01', time: '08:00' },
      { id: '5', date: '2026-10-01', time: '' },
    ];
    expect(sortByDate(rows).map((r) => r.id)).toEqual(['4', '3', '1', '5', '2']);
  });
});

describe('fuzzed input', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('2026-12-04', '4/12 2026', '18 500 kr', 'Inbrott', '"', '\t', '\r\n', ';', ','));
  const text = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join('\t')).join('\n'));

  it('never throws, and either imports incidents the schema accepts or lists problems', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (input) => {
        for (const result of [readPastedLog(input), readCsvLog(input)]) {
          if (result.ok) for (const i of result.incidents) expect(v.safeParse(IncidentSchema, { ...i, id: 'x' }).success).toBe(true);
          else expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
