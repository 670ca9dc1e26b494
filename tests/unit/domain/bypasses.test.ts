// Issue 16, "Bypasses to close": each way round the hard rules, with the rule id that now closes it.
// The fire/clear pair of every new rule is in rule-cases.ts; these are the variants a principal could try.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { defaultPolicy, evaluate, isVagueText, newCamera, presetWindows, restore, sensitiveSpaceNamed } from '../../../src/assessments/camera/domain';
import { setAtPath } from '../../../src/assessments/camera/machine/paths';
import { TODAY, clone, loadFixture, readJson, FIXTURE_DIR } from './helpers';

const base = loadFixture('facade-night');
const run = (change: (a: Assessment) => void) => {
  const a = clone(base);
  change(a);
  return evaluate(a, defaultPolicy, TODAY);
};
const keys = (ev: ReturnType<typeof evaluate>) => ev.findings.map((f) => f.key);
const always = presetWindows('always', defaultPolicy, { from: '08:00', to: '16:00' });

describe('KB-H11: every location is classified, a sensitive space is blocked whatever it is called', () => {
  it.each(['Personaltoalett', 'WC vid matsalen', 'Flickornas omklädningsrum', 'Duschrummet', 'Vilrummet hos skolsköterskan', 'Sjukrum'])(
    '"%s" typed as another area is blocked',
    (location) => {
      const ev = run((a) => Object.assign(a.cameras[0]!, { areaKind: 'other', otherAreaUse: 'none', location }));
      expect(keys(ev)).toContain('KB-H11-other-area-unclassified:cam-1');
      expect(ev.outcome).toBe('blocked');
    },
  );

  it('also when the area is classified as something else (a corridor called "personalrum")', () => {
    const ev = run((a) => Object.assign(a.cameras[0]!, { areaKind: 'corridor', location: 'Personalrummet, plan 2' }));
    expect(keys(ev)).toContain('KB-H11-other-area-unclassified:cam-1');
  });

  it('a place beside the space ("utanför toaletterna") is not the space', () => {
    expect(sensitiveSpaceNamed('Korridoren utanför toaletterna')).toBeNull();
    expect(sensitiveSpaceNamed('Personaltoalett')).toBe('toilet');
    expect(sensitiveSpaceNamed('Entrén vid WC')).toBeNull();
  });

  it('an "other" area must say what it is used for before the camera is complete', () => {
    const ev = run((a) => Object.assign(a.cameras[0]!, { areaKind: 'other', otherAreaUse: '', location: 'Förrådet' }));
    expect(ev.missing).toContainEqual(expect.objectContaining({ field: 'cameras.0.otherAreaUse', ruleId: 'KB-H11-other-area-unclassified' }));
    expect(ev.outcome).toBe('incomplete');
  });

  it('the use maps an "other" area to the kind the rules know: resting is blocked, a staff break room escalates in school hours', () => {
    const rest = run((a) => Object.assign(a.cameras[0]!, { areaKind: 'other', otherAreaUse: 'resting', location: 'Rum 12' }));
    expect(keys(rest)).toContain('KB-H01-intimate-space:cam-1');
    const staff = run((a) => {
      Object.assign(a.cameras[0]!, { areaKind: 'other', otherAreaUse: 'staffBreak', location: 'Rum 14' });
      a.cameras[0]!.hours = { preset: 'always', windows: always, holidaysAsWeekend: true };
    });
    expect(keys(staff)).toContain('KB-H10-school-hours-indoor:cam-1');
  });
});

describe('KB-H16: reversed spans', () => {
  it('a school day 16:00–08:00 is an error: incomplete, with the reason', () => {
    const ev = run((a) => (a.school.schoolDay = { from: '16:00', to: '08:00' }));
    expect(ev.findings).toContainEqual(expect.objectContaining({ ruleId: 'KB-H16-reversed-hours', field: 'school.schoolDay.to' }));
    expect(ev.outcome).toBe('incomplete');
  });

  it('a window ending before it starts passes only when marked over midnight', () => {
    const reversed = run((a) => (a.cameras[0]!.hours.windows = [{ days: [6], from: '17:00', to: '07:00', overMidnight: false }]));
    expect(keys(reversed)).toContain('KB-H16-reversed-hours:cam-1');
    const explicit = run((a) => (a.cameras[0]!.hours.windows = [{ days: [6], from: '17:00', to: '07:00', overMidnight: true }]));
    expect(keys(explicit)).not.toContain('KB-H16-reversed-hours:cam-1');
  });
});

describe('KB-H05, KB-S27, KB-H17, KB-H14, KB-H15, KB-S32: vague purpose and implausible values', () => {
  it('"Trygghet" as the need reasoning stands in for no incident (KB-H05)', () => {
    const ev = run((a) => {
      a.problem.incidents = [];
      a.problem.needReasoning = 'Trygghet och säkerhet för alla';
    });
    expect(keys(ev)).toContain('KB-H05-undocumented-need');
    expect(isVagueText('Trygghet')).toBe(true);
    expect(isVagueText('Fem anlagda bränder vid idrottshallen 2025')).toBe(false);
  });

  it('retention 0 hours is an error, so is an incident dated after the decision (KB-H17)', () => {
    const zero = run((a) => (a.data.retentionHours = 0));
    expect(zero.findings).toContainEqual(expect.objectContaining({ ruleId: 'KB-H17-implausible-value', field: 'data.retentionHours' }));
    expect(zero.outcome).toBe('incomplete');
    const late = run((a) => (a.problem.incidents[0]!.date = '2026-10-01'));
    expect(late.findings).toContainEqual(expect.objectContaining({ ruleId: 'KB-H17-implausible-value', field: 'problem.incidents.0.date' }));
  });

  it('a decision dated 2030 is rejected; one next month is a warning', () => {
    expect(keys(run((a) => (a.school.decisionDate = '2030-01-10')))).toContain('KB-H17-implausible-value');
    const soon = run((a) => (a.school.decisionDate = '2026-12-20'));
    expect(keys(soon)).toContain('KB-S32-decision-date-future');
    expect(keys(soon)).not.toContain('KB-H17-implausible-value');
  });

  it("the DPO's advice dated after the decision blocks (KB-H15)", () => {
    const ev = run((a) => (a.consultation.dpoAdviceDate = '2026-09-16'));
    expect(keys(ev)).toContain('KB-H15-dpo-advice-late');
    expect(ev.outcome).toBe('blocked');
  });

  it('a new camera planned to start before the decision date blocks; on or after it, or a camera carried over, does not (KB-H14)', () => {
    const early = run((a) => (a.school.plannedStart = '2026-09-01'));
    expect(keys(early)).toContain('KB-H14-start-before-decision');
    expect(early.outcome).toBe('blocked');
    expect(keys(run((a) => (a.school.plannedStart = a.school.decisionDate)))).not.toContain('KB-H14-start-before-decision');
    expect(keys(run((a) => (a.school.plannedStart = '')))).not.toContain('KB-H14-start-before-decision');
    // An annual review's cameras already run under the earlier decision.
    const review = run((a) => {
      a.school.plannedStart = '2026-09-01';
      for (const c of a.cameras) c.carriedOver = true;
    });
    expect(keys(review)).not.toContain('KB-H14-start-before-decision');
    // Cameras entered in a review of an existing decision film already; one new camera among them still blocks.
    const existing = run((a) => {
      a.school.plannedStart = '2026-09-01';
      for (const c of a.cameras) c.alreadyInUse = true;
    });
    expect(keys(existing)).not.toContain('KB-H14-start-before-decision');
    const oneNew = run((a) => {
      a.school.plannedStart = '2026-09-01';
      a.cameras.forEach((c, i) => (c.alreadyInUse = i > 0));
    });
    expect(keys(oneNew)).toContain('KB-H14-start-before-decision');
  });
});

describe('video analytics (KB-H03, KB-H12, KB-H13, KB-S31)', () => {
  it('face recognition in the analytics answer blocks whatever the biometrics answer says', () => {
    const ev = run((a) => Object.assign(a.cameras[0]!, { biometrics: 'no', analytics: ['faceRecognition'] }));
    expect(keys(ev)).toContain('KB-H03-biometrics:cam-1');
  });

  it('other analytics are a warning and point to a DPIA', () => {
    const ev = run((a) => (a.cameras[0]!.analytics = ['behaviour']));
    expect(keys(ev)).toContain('KB-S31-video-analytics:cam-1');
    expect(ev.dpiaIndicated).toBe(true);
    expect(ev.outcome).toBe('principal-decides');
  });
});

describe('independent schools (KB-H04, KB-P01, KB-I04)', () => {
  it('never go to förvaltningen: a public camera of an independent school is not sent for central review', () => {
    const ev = run((a) => {
      a.school.ownerType = 'independent';
      a.data.legalBasisConfirmedByDpo = 'yes';
      a.cameras[0]!.publicAccess = 'yes';
      a.cameras[0]!.publicArea.othersPresent = 'Grannar';
    });
    expect(ev.outcome).not.toBe('central-review');
    expect(keys(ev)).toContain('KB-I04-independent-owner');
  });

  it('6.1 c blocks every school, independent ones too', () => {
    const ev = run((a) => {
      a.school.ownerType = 'independent';
      a.data.legalBasisConfirmedByDpo = 'yes';
      a.data.legalBasis = '6.1c';
    });
    expect(keys(ev)).toContain('KB-H04-municipal-basis');
  });

  it('no text of the rulebook or the referral says the DPO decides', async () => {
    const { rulebook } = await import('../../../src/assessments/camera/domain');
    for (const r of rulebook) expect(r.message.sv).not.toMatch(/dataskyddsombudet (beslutar|godkänner|fastställer)/);
    const ev = run((a) => {
      a.cameras[0]!.areaKind = 'corridor';
      a.cameras[0]!.hours = { preset: 'always', windows: always, holidaysAsWeekend: true };
    });
    expect(ev.outcome).toBe('escalate');
    expect(ev.explanation.sv).toContain('som beslutar efter råd från dataskyddsombudet');
  });
});

describe('every finding carries its own rule date and whether it is verified', () => {
  it('KB-I02 (unverified) is shown with its flag and date', () => {
    const ev = run(() => undefined);
    const i02 = ev.findings.find((f) => f.ruleId === 'KB-I02-register')!;
    expect(i02.unverified).toBe(true);
    expect(i02.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('IMY checklist fields: old files restore and evaluate as before, new cameras are asked', () => {
  it('a camera from an older file lacks the new questions and is not made incomplete by them', () => {
    const old = restore(readJson(`${FIXTURE_DIR}v1/facade-night.json`));
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    expect('analytics' in old.value.cameras[0]!).toBe(false);
    expect(old.value.cameras[0]!.hours.windows[0]).not.toHaveProperty('overMidnight');
    expect(evaluate(old.value, defaultPolicy, TODAY).missing).toEqual([]);
  });

  it('a new camera must answer video analytics and who is filmed outside school hours', () => {
    const ev = run((a) => a.cameras.push({ ...clone(a.cameras[0]!), ...newCamera('cam-9', 2), ...{ location: 'x' } }));
    const fields = ev.missing.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['cameras.2.analytics', 'cameras.2.offHoursPresence', 'cameras.2.inView']));
  });

  it('an answer can add a new question to an older camera, but never mark a camera carried over', () => {
    const old = restore(readJson(`${FIXTURE_DIR}v1/facade-night.json`));
    if (!old.ok) throw new Error('v1 fixture');
    const answered = setAtPath(old.value, 'cameras.0.analytics', ['none']);
    expect(answered?.cameras[0]!.analytics).toEqual(['none']);
    expect(setAtPath(old.value, 'cameras.0.carriedOver', true)).toBeNull();
    expect(setAtPath(old.value, 'cameras.0.analytics', 'none')).toBeNull();
  });

  it('staff at work outside school hours means staff are filmed (KB-H08 applies)', () => {
    const ev = run((a) => {
      a.cameras.forEach((c) => (c.subjects = ['visitors']));
      a.cameras[0]!.offHoursPresence = ['staffWorking'];
      a.consultation.unionDate = '2026-09-20';
    });
    expect(keys(ev)).toContain('KB-H08-union');
  });
});

describe('KB-H06: scope is structured, the words of the description decide nothing', () => {
  it('a camera asked what it covers must name at least one part: none is unanswered, the rule and the question listed', () => {
    const ev = run((a) => (a.cameras[0]!.inView = []));
    expect(ev.outcome).toBe('incomplete');
    expect(ev.missing.map((m) => m.field)).toContain('cameras.0.inView');
    expect(ev.findings.find((f) => f.key === 'KB-H06-undefined-scope:cam-1')).toBeUndefined();
  });

  it('"Hela skolbyggnaden" as the description prompts a question (KB-S33), and the parts in view decide', () => {
    const ev = run((a) => Object.assign(a.cameras[0]!, { inView: ['facade', 'groundNear'], fieldOfView: 'Hela skolbyggnaden' }));
    expect(keys(ev)).toContain('KB-S33-broad-field-of-view:cam-1');
    expect(keys(ev)).not.toContain('KB-H06-undefined-scope:cam-1');
  });

  it('the whole building filmed around the clock is not "principal decides": indoors in school hours it goes to the huvudman', () => {
    const ev = run((a) =>
      Object.assign(a.cameras[0]!, { inView: ['rooms', 'entrances'], fieldOfView: 'Hela skolbyggnaden', placement: 'indoor', areaKind: 'corridor', hours: { ...a.cameras[0]!.hours, preset: 'always', windows: always } }),
    );
    expect(ev.outcome).not.toBe('principal-decides');
    expect(keys(ev)).toContain('KB-S33-broad-field-of-view:cam-1');
  });

  it('a camera from a file made before the question keeps the word test it was judged by', () => {
    const ev = run((a) => {
      delete a.cameras[0]!.inView;
      a.cameras[0]!.fieldOfView = 'Hela skolan, dygnet runt';
    });
    expect(keys(ev)).toContain('KB-H06-undefined-scope:cam-1');
    expect(keys(ev)).not.toContain('KB-S33-broad-field-of-view:cam-1');
  });
});
