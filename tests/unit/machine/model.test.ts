// Model-based: xstate/graph walks the machine with a small set of fixture-like events and finds the
// shortest path to every state and every outcome; each path is then replayed on a real actor.
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { EventObject } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { OUTCOME_PRECEDENCE, defaultPolicy } from '../../../src/assessments/camera/domain';
import type { Assessment, Policy } from '../../../src/assessments/camera/domain';
import { wizardMachine } from '../../../src/assessments/camera/machine';
import type { WizardEvent, WizardSnapshot } from '../../../src/assessments/camera/machine';
import { facadeNight, signoffDraft } from './fixture';
import { TODAY, start } from './helpers';

type Path = ReturnType<typeof getShortestPaths<typeof wizardMachine>>[number];

const set = (path: string, value: unknown): WizardEvent => ({ type: 'answer.set', path, value });
const signedCopy = (a: Assessment): Assessment => ({
  ...a,
  signoff: { ...signoffDraft(), kind: 'decision', signedAt: '2026-03-02T10:00:00.000Z', fingerprint: 'f'.repeat(64) },
});
// The invoked effects' results, fed to the pure traversal (the real actor gets them from its stubs).
const done = (id: 'sign' | 'makePdf', output: unknown) => ({ type: `xstate.done.actor.${id}`, output }) as unknown as WizardEvent;

/** Leaf state ids ('wizard.cameras.editing.nonPublic') of a snapshot. */
function leaves(value: unknown, prefix = 'wizard'): string[] {
  if (typeof value === 'string') return [`${prefix}.${value}`];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

/** Only what the events below can change, so equal keys really are the same situation. */
function key(s: WizardSnapshot): string {
  const a = s.context.assessment;
  const c = a.cameras[0];
  return JSON.stringify([
    s.value,
    s.context.returnTo,
    s.context.evaluation.outcome,
    a.signoff !== null,
    a.measures.items.length,
    a.cameras.length,
    a.school.schoolName !== '',
    c ? [c.publicAccess, c.sound, c.areaKind, c.hours.preset, c.publicArea.othersPresent] : null,
  ]);
}

function stepEvents(s: WizardSnapshot): WizardEvent[] {
  const events: WizardEvent[] = [
    { type: 'nav.next' },
    { type: 'nav.back' },
    { type: 'nav.goto', step: 'school' },
    { type: 'nav.goto', step: 'review' },
  ];
  if (s.matches({ cameras: 'list' })) {
    events.push({ type: 'item.add', list: 'cameras', id: 'cam-new' });
    events.push(...['cam-1', 'cam-new'].map((id) => ({ type: 'camera.open', id }) as const));
  }
  if (s.matches({ cameras: 'editing' })) {
    events.push({ type: 'camera.close' }, ...['yes', 'no', 'unsure'].map((v) => set('cameras.0.publicAccess', v)));
  }
  if (s.matches({ measures: 'form' })) {
    events.push(...['m-1', 'm-2', 'm-3'].map((id) => ({ type: 'item.remove', list: 'measures.items', id }) as const));
  }
  if (s.matches({ measures: 'tryFirst' })) events.push({ type: 'measures.recordReason' }, { type: 'draft.saveAndExit' });
  if (s.matches({ decision: 'editing' })) events.push({ type: 'sign.submit', signoff: signoffDraft() });
  if (s.matches({ decision: 'signing' })) events.push(done('sign', signedCopy(s.context.assessment)));
  return events;
}

/** Answers that move the outcome, sent on the decision step only. */
const outcomeDrivers: WizardEvent[] = [
  set('cameras.0.sound', 'yes'),
  set('school.schoolName', ''),
  ...['m-1', 'm-2', 'm-3'].map((id) => ({ type: 'item.remove', list: 'measures.items', id }) as const),
  set('cameras.0.areaKind', 'corridor'),
  { type: 'hours.preset', cameraIndex: 0, preset: 'always' },
  set('cameras.0.publicArea.othersPresent', 'Grannar och idrottsföreningar'),
  set('cameras.0.publicAccess', 'yes'),
];

const input = (a: Assessment, policy: Policy = defaultPolicy) => ({ assessment: a, policy, today: TODAY });

/** Replays a path on a real actor with stub effects; an effect's result is awaited, not sent. */
async function replay(path: Path, from: Assessment, policy: Policy = defaultPolicy): Promise<WizardSnapshot> {
  const w = start(from, { policy });
  for (const { event, state } of path.steps) {
    const e = event as EventObject;
    if (e.type === 'xstate.init') continue;
    if (e.type.startsWith('xstate.done.actor.')) await waitFor(w.actor, (s) => leaves(s.value).join() === leaves(state.value).join());
    else w.send(event);
    expect(leaves(w.snap().value)).toEqual(leaves(state.value));
  }
  return w.snap();
}

describe('every state is reachable', () => {
  const from = facadeNight('school');
  // Both answers to the policy switch: a public camera goes to förvaltningen, or stays local.
  const runs = [defaultPolicy, { ...defaultPolicy, centralReviewOfPublicAreas: false }].map((policy) => ({
    policy,
    paths: getShortestPaths(wizardMachine, { input: input(from, policy), events: stepEvents, serializeState: key }),
  }));
  const paths = runs.flatMap((r) => r.paths);
  const transient = (id: string) => id.endsWith('.route') || id === 'wizard.resume';
  const atomic = getStateNodes(wizardMachine)
    .filter((n) => n.type === 'atomic' || n.type === 'final')
    .map((n) => n.id)
    .filter((id) => !transient(id));

  it('knows the states it checks', () => {
    expect(atomic).toContain('wizard.cameras.editing.public.centralReview');
    expect(atomic).toContain('wizard.signed');
  });

  it('has no state the app never enters: PDFs are made by src/pdf through the services, not by the wizard', () => {
    expect(atomic.filter((id) => /pdf/i.test(id))).toEqual([]);
  });

  it.each(atomic)('reaches %s with a path that a real actor follows', async (id) => {
    const [found] = runs
      .flatMap(({ policy, paths }) => paths.map((path) => ({ policy, path })))
      .filter(({ path }) => leaves(path.state.value).includes(id))
      .sort((a, b) => a.path.weight - b.path.weight);
    expect(found, `no path reaches ${id}`).toBeDefined();
    if (!found) return;
    const end = await replay(found.path, from, found.policy);
    expect(leaves(end.value)).toContain(id);
  });

  it('reaches the review detour (returnTo) and the locked state', () => {
    expect(paths.some((p) => p.state.context.returnTo === 'review')).toBe(true);
    expect(paths.some((p) => p.state.hasTag('locked'))).toBe(true);
  });
});

describe('every outcome is reachable', () => {
  const from = facadeNight('decision');
  const paths = getShortestPaths(wizardMachine, {
    input: input(from),
    events: (s) => (s.matches({ decision: 'editing' }) ? outcomeDrivers : []),
    serializeState: key,
    // An outcome other than the fixture's is a destination: going on from it only multiplies combinations.
    stopWhen: (s) => s.context.evaluation.outcome !== 'principal-decides',
  });

  it.each(OUTCOME_PRECEDENCE)('reaches %s with a path of answers', async (outcome) => {
    const path = paths
      .filter((p) => p.state.context.evaluation.outcome === outcome)
      .sort((a, b) => a.weight - b.weight)[0];
    expect(path, `no path reaches ${outcome}`).toBeDefined();
    if (!path) return;
    const end = await replay(path, from);
    expect(end.context.evaluation.outcome).toBe(outcome);
    // The sign guard follows the domain: only the outcomes the domain gives a signoff kind can be signed.
    const signable = end.context.evaluation.signoffKind !== null;
    expect(end.can({ type: 'sign.submit', signoff: signoffDraft() })).toBe(signable);
  });
});
