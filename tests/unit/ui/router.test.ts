// The hash router and the step URLs: every step has its own address, and the browser's Back and Forward
// become the wizard's own moves.
import { describe, expect, it } from 'vitest';
import { currentStep } from '../../../src/assessments/camera/machine';
import { href, parseRoute } from '../../../src/ui/router';
import type { Route } from '../../../src/ui/router';
import { stepMove, urlStep } from '../../../src/assessments/camera/ui/wizard/useStepUrl';
import { draft, start } from '../machine/helpers';

describe('routes', () => {
  it('reads every page, and an assessment with or without its step', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/installningar')).toEqual({ name: 'settings' });
    expect(parseRoute('#/verifiera')).toEqual({ name: 'verify' });
    expect(parseRoute('#/forteckning')).toEqual({ name: 'register' });
    expect(parseRoute('#/a/abc')).toEqual({ name: 'assessment', id: 'abc' });
    expect(parseRoute('#/a/abc/cameras')).toEqual({ name: 'assessment', id: 'abc', step: 'cameras' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found' });
  });

  it('writes what it reads, ids with any characters included', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'settings' },
      { name: 'verify' },
      { name: 'register' },
      { name: 'assessment', id: 'a b/c?' },
      { name: 'assessment', id: '3f2c-9', step: 'review' },
    ];
    for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
    expect(href({ name: 'assessment', id: 'x', step: 'data' })).toBe('#/a/x/data');
  });

  it('refuses a malformed address instead of throwing or guessing', () => {
    expect(parseRoute('#/a/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/a/x/%3Cscript%3E')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/a/x/data/more')).toEqual({ name: 'not-found' });
  });

  it('takes a step from the URL only for this assessment and only a step of the wizard', () => {
    expect(urlStep('x', '#/a/x/data')).toBe('data');
    expect(urlStep('x', '#/a/y/data')).toBeNull();
    expect(urlStep('x', '#/a/x/nosuchstep')).toBeNull();
    expect(urlStep('x', '#/a/x')).toBeNull();
    expect(urlStep('x', '#/installningar')).toBeNull();
  });
});

describe('history moves in the wizard', () => {
  it('makes the step before a Back, a step reached a jump, and a step not reached nothing', () => {
    const w = start(draft((a) => ({ ...a, step: 'problem' })));
    expect(currentStep(w.snap())).toBe('problem');
    expect(stepMove(w.snap(), 'problem')).toBeNull();
    expect(stepMove(w.snap(), 'school')).toEqual({ type: 'nav.back' });
    expect(stepMove(w.snap(), 'decision')).toBeNull();
    w.send({ type: 'nav.back' });
    expect(currentStep(w.snap())).toBe('school');
    // Forward again: problem was reached, so it can be jumped to.
    expect(stepMove(w.snap(), 'problem')).toEqual({ type: 'nav.goto', step: 'problem' });
  });

  it('from the review, the step before is a Back and any earlier step a jump', () => {
    const w = start(draft((a) => ({ ...a, step: 'review' })));
    expect(stepMove(w.snap(), 'school')).toEqual({ type: 'nav.goto', step: 'school' });
    expect(stepMove(w.snap(), 'consultation')).toEqual({ type: 'nav.back' });
  });
});
