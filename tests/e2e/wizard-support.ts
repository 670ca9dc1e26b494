// Helpers for the wizard's end-to-end tests: keyboard-only moves (Tab, arrows, Space, Enter, typing) and
// a quick way to a new assessment. The keyboard helpers read where focus is; they never click.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The id the wizard gives the question at a dotted path ('school.ownerName' → '#f-school-ownerName'). */
export const field = (path: string): string => `#f-${path.replace(/\./g, '-')}`;

/** One answer of a multiple-choice question, as the wizard names it. */
export const option = (path: string, value: string): string => `${field(path)}--${value.replace(/[^\w-]/g, '-')}`;

type Target = string | { button: string };

async function focused(page: Page, target: Target): Promise<boolean> {
  return page.evaluate((t) => {
    const el = document.activeElement;
    if (!el) return false;
    if (typeof t === 'string') return el.matches(t);
    return el.matches('button, a[href], summary') && (el.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(t.button);
  }, target);
}

/** Presses Tab (or Shift+Tab) until focus is on the target. */
export async function tabTo(page: Page, target: Target, { back = false, max = 300 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(page, target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Tabs to a text box and types into it. */
export async function typeInto(page: Page, path: string, text: string): Promise<void> {
  await tabTo(page, field(path));
  await page.keyboard.type(text);
}

/** Tabs into a group of radio buttons and moves with the arrow keys to the answer, then checks it. */
export async function choose(page: Page, path: string, value: string): Promise<void> {
  const name = field(path).slice(1);
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 12; i++) {
    const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (current === value) {
      await page.keyboard.press('Space');
      await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No answer ${value} in ${path}`);
}

/** Tabs to a select and moves with the arrow keys to the answer (a closed select changes as it moves). */
export async function pick(page: Page, path: string, value: string): Promise<void> {
  await tabTo(page, field(path));
  await selectByArrows(page, path, value);
}

/** With focus on a select: ArrowDown until it shows the answer. */
export async function selectByArrows(page: Page, path: string, value: string): Promise<void> {
  const select = page.locator(field(path));
  for (let i = 0; i < 25 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

/** Tabs to a checkbox by id and ticks it with Space. */
export async function tick(page: Page, id: string): Promise<void> {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('Space');
  await expect(page.locator(`#${id}`)).toBeChecked();
}

/** Tabs to a button by the start of its text and presses Enter. */
export async function press(page: Page, text: string, options: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, { button: text }, options);
  await page.keyboard.press('Enter');
}

/** The step heading (h1) the wizard shows. */
export const heading = (page: Page) => page.locator('h1.page-title');

/**
 * Waits until everything on screen is stored, for either kind. The save line turns pending in the task that
 * shows a keystroke (the field reports its draft) or an answer, and says saved again only after the write of
 * that state has committed, so this cannot pass on the status of an earlier save.
 */
export async function saved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
}

/** From home: "Ny bedömning" (with the mouse; keyboard-only tests do it themselves). */
/** Starts a new assessment from home; returns its address, to open it again. */
export async function newAssessment(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await page.getByRole('button', { name: 'Kamerabevakning' }).click();
  await expect(page).toHaveURL(/#\/a\//);
  await expect(heading(page)).toHaveText('Skola och ansvar');
  return page.url();
}

/** Fills the text box labelled exactly so (mouse tests). */
export async function fill(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).or(page.getByRole('spinbutton', { name: label, exact: true })).first().fill(text);
}

/** Nästa; when the step shows its gap summary, continue anyway. */
export async function next(page: Page): Promise<void> {
  const before = await heading(page).innerText();
  await page.getByRole('button', { name: /^Nästa:/ }).click();
  const gaps = page.getByRole('button', { name: 'Fortsätt ändå till nästa steg' });
  await expect.poll(async () => (await heading(page).innerText()) !== before || (await gaps.isVisible())).toBe(true);
  if (await gaps.isVisible()) {
    await gaps.click();
    await expect(heading(page)).not.toHaveText(before);
  }
}

// ---- Filling whole steps quickly (mouse and fill, for the tests that are not about the keyboard) ----

const text = (page: Page, path: string, value: string) => page.locator(field(path)).fill(value);
const radio = (page: Page, path: string, value: string) => page.locator(option(path, value)).check();

export async function fillSchool(page: Page): Promise<void> {
  await radio(page, 'school.ownerType', 'municipal');
  await text(page, 'school.ownerName', 'Utbildningsnämnden i Exempelstad');
  await text(page, 'school.schoolName', 'Lindängsskolan');
  await text(page, 'school.youngestPupilAge', '6');
  await text(page, 'school.schoolDay.from', '08:00');
  await text(page, 'school.schoolDay.to', '16:00');
  await text(page, 'school.principal.name', 'Åsa Öberg');
  await text(page, 'school.cameraPerson.name', 'Karim Haddad');
  await text(page, 'school.dpo.name', 'Maja Lindqvist');
  await text(page, 'school.decisionDate', '2026-11-20');
}

export async function fillProblem(page: Page, place: string): Promise<void> {
  await text(page, 'problem.description', 'Upprepad skadegörelse på kvällar och nätter.');
  await text(page, 'problem.purpose', 'Förebygga skadegörelse och kunna utreda den.');
  for (const [n, date] of [
    [0, '2026-08-12'],
    [1, '2026-09-30'],
    [2, '2026-10-28'],
  ] as const) {
    await page.getByRole('button', { name: 'Lägg till en händelse' }).click();
    await text(page, `problem.incidents.${n}.date`, date);
    await text(page, `problem.incidents.${n}.place`, place);
    await page.locator(field(`problem.incidents.${n}.type`)).selectOption('vandalism');
  }
}

export async function fillMeasures(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lägg till en åtgärd' }).click();
  await page.locator(field('measures.items.0.kind')).selectOption('lighting');
  await radio(page, 'measures.items.0.tried', 'yes');
  await text(page, 'measures.items.0.result', 'Något färre händelser.');
  await text(page, 'measures.items.0.whyInsufficient', 'Skadegörelsen fortsatte.');
}

export interface CameraAnswers {
  location: string;
  areaKind: string;
  publicAccess: 'yes' | 'no' | 'unsure';
  placement?: 'indoor' | 'outdoor';
  /** A preset, or custom windows. */
  hours: string | { days: number[]; from: string; to: string }[];
  subjects: string[];
}

/** Adds a camera, answers its questions and goes back to the list. */
export async function addCamera(page: Page, index: number, c: CameraAnswers): Promise<void> {
  await page.getByRole('button', { name: 'Lägg till en kamera' }).click();
  await expect(heading(page)).toHaveText(`Kameror: Kamera ${index + 1}`);
  const b = `cameras.${index}`;
  await text(page, `${b}.location`, c.location);
  await radio(page, `${b}.placement`, c.placement ?? 'outdoor');
  await page.locator(field(`${b}.areaKind`)).selectOption(c.areaKind);
  await radio(page, `${b}.publicAccess`, c.publicAccess);
  await text(page, `${b}.publicAccessReasoning`, 'Bedömt utifrån IMY:s karta för skolor.');
  if (c.publicAccess === 'no') {
    await text(page, `${b}.nonPublicArea.proportionality`, 'Händelserna sker just här.');
    await radio(page, `${b}.nonPublicArea.annualReviewPlanned`, 'yes');
  } else {
    await text(page, `${b}.publicArea.othersPresent`, 'Barn och unga från området.');
  }
  const inView = c.areaKind === 'facade' ? 'facade' : c.areaKind === 'schoolyard' ? 'schoolyard' : c.placement === 'indoor' ? 'rooms' : 'other';
  await page.locator(`${field(`${b}.inView`)}--${inView}`).check();
  await text(page, `${b}.fieldOfView`, 'Den del av platsen där händelserna har skett.');
  if (c.areaKind === 'facade') await radio(page, `${b}.limitedToFacadePlus2m`, 'yes');
  await radio(page, `${b}.coversIncidentSpots`, 'yes');
  await radio(page, `${b}.mount`, 'fixed');
  await radio(page, `${b}.zoom`, 'no');
  await radio(page, `${b}.masking`, 'yes');
  await text(page, `${b}.maskingDescription`, 'Grannhusets fönster.');
  if (typeof c.hours === 'string') await radio(page, `${b}.hours.preset`, c.hours);
  else {
    await radio(page, `${b}.hours.preset`, 'custom');
    for (const [j, w] of c.hours.entries()) {
      await page.getByRole('button', { name: 'Lägg till tidsfönster' }).click();
      const wid = `${field(`${b}.hours.windows.${j}`)}`;
      for (const d of w.days) await page.locator(`${wid}-day-${d}`).check();
      await page.locator(`${wid}-from`).fill(w.from);
      await page.locator(`${wid}-to`).fill(w.to);
      await page.locator(`${wid}-to`).blur();
      // A window ending before it starts must say it runs past midnight (KB-H16).
      if (w.to !== '00:00' && w.to < w.from) await page.locator(`${wid}-overMidnight`).check();
    }
  }
  await radio(page, `${b}.mode`, 'recording');
  await radio(page, `${b}.sound`, 'no');
  await radio(page, `${b}.biometrics`, 'no');
  await page.locator(`${field(`${b}.analytics`)}--none`).check();
  for (const s of c.subjects) await page.locator(`${field(`${b}.subjects`)}--${s}`).check();
  await page.locator(`${field(`${b}.offHoursPresence`)}--intruders`).check();
  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
  await expect(heading(page)).toHaveText('Kameror');
}

export async function fillBalancing(page: Page): Promise<void> {
  await text(page, 'balancing.interest', 'Tre polisanmälda händelser på tre månader.');
  await text(page, 'balancing.intrusion', 'Begränsad till platsen och tiderna ovan.');
  await text(page, 'balancing.mitigations', 'Maskering och kort lagringstid.');
  await text(page, 'balancing.reasoning', 'Intresset väger tyngre än intrånget.');
}

export async function fillData(page: Page): Promise<void> {
  await radio(page, 'data.legalBasis', '6.1e');
  await text(page, 'data.retentionHours', '72');
  await radio(page, 'data.autoDelete', 'yes');
  await text(page, 'data.incidentClipRoutine', 'Kameraansvarig sparar klippet till polisen.');
  await page.getByRole('button', { name: 'Lägg till en roll' }).click();
  await text(page, 'data.accessRoles.0.role', 'Rektor');
  await radio(page, 'data.accessLog', 'yes');
  await text(page, 'data.policeDisclosure', 'På begäran efter sekretessprövning.');
  await radio(page, 'data.processorUsed', 'no');
  await radio(page, 'data.storage', 'local');
  await radio(page, 'data.storageInEuEea', 'yes');
}

export async function fillConsultation(page: Page, staffFilmed: boolean): Promise<void> {
  if (staffFilmed) {
    await radio(page, 'consultation.unionForm', 'samverkan');
    await text(page, 'consultation.unionDate', '2026-11-02');
    await radio(page, 'consultation.safetyRepresentativeConsulted', 'yes');
  }
  for (const g of ['pupilsInformed', 'guardiansInformed', 'staffInformed', 'signage']) await radio(page, `consultation.${g}`, 'yes');
  await radio(page, 'consultation.informationForChildren', 'yes');
  await text(page, 'consultation.art13Where', 'exempelstad.se/kamerabevakning');
  await radio(page, 'consultation.dpiaDone', 'yes');
  await text(page, 'consultation.dpiaReference', 'UN 2026/1200');
  await text(page, 'consultation.dpoAdvice', 'Begränsa tiderna och maskera grannfastigheten.');
}

/** A whole assessment with the given cameras, from a new draft to the review. */
export async function assessmentToReview(page: Page, cameras: CameraAnswers[]): Promise<void> {
  await newAssessment(page);
  await fillSchool(page);
  await next(page);
  await fillProblem(page, cameras[0]?.location ?? 'Skolgården');
  await next(page);
  await fillMeasures(page);
  await next(page);
  for (const [i, c] of cameras.entries()) await addCamera(page, i, c);
  await next(page);
  await fillBalancing(page);
  await next(page);
  await fillData(page);
  await next(page);
  await fillConsultation(page, cameras.some((c) => c.subjects.includes('staff')));
  await next(page);
  await expect(heading(page)).toHaveText('Granskning');
}

export const FACADE_NIGHT: CameraAnswers = {
  location: 'Idrottshallens södra fasad',
  areaKind: 'facade',
  publicAccess: 'no',
  hours: 'facadePractice',
  subjects: ['visitors'],
};
