// How much a principal must answer: fills the reference school's assessment (the fixture the bench and PDF
// tests call reference) through the wizard and counts each answer given (a choice clicked, a field filled)
// and each key typed, once typing every camera and once copying each camera from the one before. Writes the
// counts to test-results/answers-count.json and answers-count-copied.json for docs/benchmarks.md; it asserts
// no timings. A measurement, not a check: `npm run count:answers` runs it, `npm test` skips it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { field, heading, newAssessment, next, option } from './wizard-support';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
interface Counts {
  answers: number;
  keystrokes: number;
  clicks: number;
}

test.skip(process.env.COUNT_ANSWERS !== '1', 'only with COUNT_ANSWERS=1 (npm run count:answers)');

const reference = JSON.parse(readFileSync('tests/fixtures/reference-8-cameras.json', 'utf8')) as Record<string, Json>;
const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Answers one leaf of the fixture where the wizard shows it; false when the question is not on screen. */
async function answer(page: Page, path: string, value: Json, n: Counts): Promise<boolean> {
  const id = field(path);
  if (Array.isArray(value)) {
    for (const v of value) {
      const box = page.locator(option(path, String(v)));
      if (!(await box.isVisible())) return false;
      if (!(await box.isChecked())) {
        await box.check();
        n.answers++;
        n.clicks++;
      }
    }
    return true;
  }
  if (typeof value === 'string' && (await page.locator(option(path, value)).count()) > 0) {
    const radio = page.locator(option(path, value));
    if (!(await radio.isChecked())) {
      await radio.check();
      n.answers++;
      n.clicks++;
    }
    return true;
  }
  const el = page.locator(id);
  if (!(await el.isVisible())) return false;
  if (typeof value === 'boolean') {
    if ((await el.isChecked()) !== value) {
      await el.setChecked(value);
      n.answers++;
      n.clicks++;
    }
    return true;
  }
  const text = String(value);
  if ((await el.inputValue()) === text) return true;
  if ((await el.evaluate((e) => e.tagName)) === 'SELECT') {
    await el.selectOption(text);
    n.clicks++;
  } else {
    await el.fill(text);
    await el.blur();
    n.keystrokes += text.length;
  }
  n.answers++;
  return true;
}

/** Every answered leaf under a part of the fixture, with its dotted path; lists of items are filled by their steps. */
function leaves(node: Json, path: string, skip: ReadonlySet<string>): [string, Json][] {
  if ([...skip].some((s) => path === s || path.endsWith(`.${s}`))) return [];
  if (isObject(node)) return Object.entries(node).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`, skip));
  if (node === '' || node === null || (Array.isArray(node) && node.length === 0)) return [];
  return [[path, node]];
}

/** Fills the leaves in order; a question shown only after a later answer is tried again at the end. */
async function fillAll(page: Page, items: [string, Json][], n: Counts): Promise<void> {
  let left = items;
  for (let round = 0; round < 3 && left.length > 0; round++) {
    const missed: [string, Json][] = [];
    for (const [path, value] of left) if (!(await answer(page, path, value, n))) missed.push([path, value]);
    left = missed;
  }
  expect(left.map(([p]) => p), 'questions the wizard never showed').toEqual([]);
}

async function click(page: Page, name: string | RegExp, n: Counts): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  n.clicks++;
}

const LISTS = new Set(['problem.incidents', 'measures.items', 'data.accessRoles', 'decision.cameraDecisions', 'hours.windows']);
const part = (key: string): Json => reference[key] ?? null;
const items = (v: Json | undefined): { [k: string]: Json }[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A list's items, each added with its button and then answered (the id is the wizard's own). */
async function fillList(page: Page, list: string, addLabel: string, n: Counts): Promise<void> {
  const [section = '', key = ''] = list.split('.');
  const section_ = part(section);
  const entries = items(isObject(section_) ? section_[key] : undefined);
  for (const [i, item] of entries.entries()) {
    await click(page, addLabel, n);
    const { id: _id, ...rest } = item;
    await fillAll(page, leaves(rest, `${list}.${i}`, LISTS), n);
  }
}

/** The incidents as a principal's Excel log, pasted in one go (Ctrl+V: two keys) and added with one click. */
async function pasteIncidents(page: Page, n: Counts): Promise<void> {
  const problem = part('problem');
  const columns = ['date', 'time', 'place', 'type', 'description', 'policeReportNumber', 'costSek'];
  const rows = items(isObject(problem) ? problem.incidents : undefined).map((i) => columns.map((c) => String(i[c] ?? '')).join('\t'));
  await page.getByRole('textbox', { name: 'Klistra in från kalkylblad' }).fill(['Datum\tKlockslag\tPlats\tTyp\tVad hände?\tPolisanmälan\tKostnad', ...rows].join('\r\n'));
  n.answers++;
  n.keystrokes += 2;
  await click(page, 'Lägg till raderna', n);
  await expect(page.locator('.repeating__count')).toHaveText(`(${rows.length})`);
}

/** Camera 1 typed in; each later camera a copy of the one before ("Kopiera"), then only what differs answered. */
async function copyCamera(page: Page, i: number, n: Counts): Promise<void> {
  await page.getByRole('button', { name: /^Kopiera / }).nth(i - 1).click();
  n.clicks++;
  await page.getByRole('button', { name: /^Svara på frågorna / }).nth(i).click();
  n.clicks++;
}

async function countFlow(page: Page, { copyCameras }: { copyCameras: boolean }, file: string): Promise<void> {
  const n: Counts = { answers: 0, keystrokes: 0, clicks: 0 };
  const perStep: Record<string, Counts> = {};
  const step = async (name: string, fill: () => Promise<void>) => {
    const before = { ...n };
    await fill();
    perStep[name] = { answers: n.answers - before.answers, keystrokes: n.keystrokes - before.keystrokes, clicks: n.clicks - before.clicks };
    await next(page);
  };
  await newAssessment(page);
  await step('school', () => fillAll(page, leaves(part('school'), 'school', LISTS), n));
  await step('problem', async () => {
    await fillAll(page, leaves(part('problem'), 'problem', LISTS), n);
    await pasteIncidents(page, n);
  });
  await step('measures', async () => {
    await fillList(page, 'measures.items', 'Lägg till en åtgärd', n);
    await fillAll(page, leaves(part('measures'), 'measures', LISTS), n);
  });
  await step('cameras', async () => {
    for (const [i, camera] of items(part('cameras')).entries()) {
      if (copyCameras && i > 0) await copyCamera(page, i, n);
      else await click(page, 'Lägg till en kamera', n);
      await expect(heading(page)).toHaveText(/^Kameror: /);
      const { id: _id, ...rest } = camera;
      await fillAll(page, leaves(rest, `cameras.${i}`, LISTS), n);
      await click(page, 'Klar – tillbaka till kameralistan', n);
    }
  });
  await step('balancing', () => fillAll(page, leaves(part('balancing'), 'balancing', LISTS), n));
  await step('data', async () => {
    await fillAll(page, leaves(part('data'), 'data', LISTS), n);
    await fillList(page, 'data.accessRoles', 'Lägg till en roll', n);
  });
  await step('consultation', () => fillAll(page, leaves(part('consultation'), 'consultation', LISTS), n));
  await click(page, 'Gå vidare till beslut', n);
  const before = { ...n };
  for (const [i] of items(isObject(part('decision')) ? (part('decision') as { [k: string]: Json }).cameraDecisions : []).entries()) {
    await page.locator('fieldset.verdict').nth(i).locator('[id$="--approve"]').check();
    n.answers++;
    n.clicks++;
  }
  await fillAll(page, leaves(part('decision'), 'decision', LISTS), n);
  perStep.decision = { answers: n.answers - before.answers, keystrokes: n.keystrokes - before.keystrokes, clicks: n.clicks - before.clicks };

  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${file}`, `${JSON.stringify({ total: n, perStep }, null, 2)}\n`);
  expect(n.answers).toBeGreaterThan(0);
}

test('answers and keystrokes for the reference school', async ({ page }) => {
  test.setTimeout(240_000);
  await countFlow(page, { copyCameras: false }, 'answers-count.json');
});

test('answers and keystrokes for the reference school, each camera copied from the one before', async ({ page }) => {
  test.setTimeout(240_000);
  await countFlow(page, { copyCameras: true }, 'answers-count-copied.json');
});
