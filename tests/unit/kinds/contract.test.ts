// What every assessment kind in the registry must hold to, run against each kind alike: a new kind that
// registers itself is tested here without a line added. Fixtures are found by their `format` field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kinds } from '../../../src/assessments/registry';
import { isIsoDate } from '../../../src/engine/dates';
import type { AssessmentKind, BaseDoc } from '../../../src/engine/kind';
import { defineRegistry } from '../../../src/engine/registry';
import { nodeDeps } from '../pdf/helpers';

const TODAY = '2026-12-04';
const ROOT = 'tests/fixtures';

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? jsonFiles(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
const parsed = jsonFiles(ROOT).map((file) => ({ file, raw: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
const fixturesOf = (kind: AssessmentKind<BaseDoc>) => parsed.filter((f) => kinds.of(f.raw) === kind);

const restoreOrThrow = (kind: AssessmentKind<BaseDoc>, raw: unknown): BaseDoc => {
  const r = kind.restore(raw);
  if (!r.ok) throw new Error(r.message.en);
  return r.doc;
};

describe.each(kinds.kinds.map((k) => [k.id, k] as const))('kind %s', (_id, kind) => {
  const fixtures = fixturesOf(kind);

  it('has fixtures, found by their format alone', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it('restores every fixture, and what it restored restores to the same document (round trip)', () => {
    for (const { file, raw } of fixtures) {
      const doc = restoreOrThrow(kind, raw);
      expect(doc.format, file).toBe(kind.format);
      expect(restoreOrThrow(kind, JSON.parse(JSON.stringify(doc))), file).toEqual(doc);
    }
  });

  it('evaluates every fixture to one of its outcomes, with findings of its own rules only', () => {
    const ruleIds = new Set(kind.rules.map((r) => r.id));
    for (const { file, raw } of fixtures) {
      const ev = kind.evaluate(restoreOrThrow(kind, raw), TODAY);
      expect(kind.outcomes, file).toContain(ev.outcome);
      for (const f of ev.findings) expect(ruleIds.has(f.ruleId), `${file}: ${f.ruleId}`).toBe(true);
    }
  });

  it('makes an empty document that restores and evaluates as incomplete work, not as a decision', () => {
    const doc = kind.empty('contract-test', new Date('2026-12-04T08:00:00Z'));
    const again = restoreOrThrow(kind, JSON.parse(JSON.stringify(doc)));
    expect(again.id).toBe('contract-test');
    const ev = kind.evaluate(again, TODAY);
    expect(ev.missing.length).toBeGreaterThan(0);
  });

  it('names every outcome in Swedish and English, each name its own', () => {
    for (const lang of ['sv', 'en'] as const) {
      const names = kind.outcomes.map((o) => kind.outcomeName(o, lang));
      for (const [i, name] of names.entries()) expect(name, `${kind.outcomes[i]} (${lang})`).not.toBe(kind.outcomes[i]);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(kind.name.sv).not.toBe(kind.name.en);
  });

  it('has rules with unique ids, a source, a link, a true date checked and a field of its document', () => {
    const ids = kind.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const parts = Object.keys(kind.empty('x', new Date('2026-12-04T08:00:00Z')));
    for (const r of kind.rules) {
      expect(r.source.trim(), r.id).not.toBe('');
      if (r.url !== '') expect(r.url, r.id).toMatch(/^https:\/\//);
      expect(isIsoDate(r.checked), `${r.id}: ${r.checked}`).toBe(true);
      // A date checked is a date that has been, not one the rulebook promises.
      expect(r.checked <= new Date().toISOString().slice(0, 10), r.id).toBe(true);
      expect(parts, `${r.id}: ${r.field}`).toContain(r.field.split('.')[0]);
    }
  });

  it('has every message key in both languages, none of them empty', async () => {
    const [sv, en] = await Promise.all([kind.messages.sv(), kind.messages.en()]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('refuses what is not its document with a message in both languages, and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const r = kind.restore(raw);
        if (!r.ok) expect(r.message.sv && r.message.en).toBeTruthy();
      }),
      { numRuns: 300 },
    );
    const [first] = fixtures;
    if (!first) return;
    const forged = { ...(first.raw as object), format: 'kamerabedomning/something-else' };
    expect(kind.restore(forged).ok).toBe(false);
  });

  it('is not signed when nothing was signed, and its fixtures that say they are signed verify', async () => {
    for (const { file, raw } of fixtures) {
      const sig = await kind.signature(raw, null);
      if (!sig.signed) expect(sig.valid, file).toBeNull();
      else expect(sig.valid, file).toBe(true);
    }
  });

  it('shows every fixture on the verify page as a decision or as a signed version named as its lists name it', () => {
    for (const { file, raw } of fixtures) {
      const doc = restoreOrThrow(kind, raw);
      const facts = kind.facts(doc, null);
      if ('decision' in facts) expect(typeof facts.decision.by, file).toBe('string');
      else expect(facts.version, file).toMatchObject({ id: doc.id, title: kind.title(doc), version: kind.version(doc) });
    }
  });

  it('makes its PDF again from every fixture, through the kind alone, as the verify page does', async () => {
    if (!kind.pdf) return;
    const pdf = await kind.pdf();
    for (const { file, raw } of fixtures) {
      const render = { lang: 'sv', now: new Date(`${TODAY}T10:00:00Z`), decidedOn: null, unit: '', render: null, fonts: nodeDeps } as const;
      const again = await pdf.pages(restoreOrThrow(kind, raw), render);
      expect(again.ok && new TextDecoder('latin1').decode(again.bytes.subarray(0, 5)), file).toBe('%PDF-');
    }
  }, 60_000);
});

describe('the registry', () => {
  it('dispatches a file by its format and knows nothing of a format no kind has', () => {
    for (const kind of kinds.kinds) expect(kinds.of({ format: kind.format })).toBe(kind);
    expect(kinds.of({ format: 'kamerabedomning/unknown' })).toBeUndefined();
    expect(kinds.of(null)).toBeUndefined();
    expect(kinds.of(['kamerabedomning/assessment'])).toBeUndefined();
  });

  it('refuses two kinds with one id or one format at start-up', () => {
    const [a] = kinds.kinds;
    if (!a) throw new Error('no kinds');
    expect(() => defineRegistry([a, { ...a, format: 'x/other' }])).toThrow(/id/);
    expect(() => defineRegistry([a, { ...a, id: 'other' }])).toThrow(/format/);
  });
});
