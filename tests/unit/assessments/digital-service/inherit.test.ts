// A school validation built on a platform validation: what it takes over, what it keeps, how a changed or
// foreign file is refused, and which school validations a newer platform version flags.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { INHERITED_PATHS, inherit, isInherited, platformPackage, readPlatformPackage, superseded } from '../../../../src/assessments/digital-service/inherit';
import { empty, parseDocument, type ServiceDoc } from '../../../../src/assessments/digital-service/schema';
import { serviceFixture, TODAY } from './fixtures';

const platformDoc = (): ServiceDoc => {
  const d = serviceFixture('05-swedish-lms');
  return { ...d, id: 'platform-lms', roles: { ...d.roles, ownerName: 'Utbildningsförvaltningen' }, decision: { ...d.decision, level: 'administration', verdict: 'approveWithConditions' } };
};

const pkgText = async (doc: ServiceDoc, decidedOn = '2026-06-01') => JSON.stringify(await platformPackage(doc, decidedOn, new Date('2026-06-02T10:00:00Z')));

async function readPkg(text: string) {
  const r = await readPlatformPackage(text);
  if (!r.ok) throw new Error(r.message.en);
  return r.pkg;
}

const school = (id = 'school-1'): ServiceDoc => {
  const d = empty(id, new Date('2026-11-01T08:00:00Z'));
  d.service.name = 'Lärplattformen i åk 4';
  d.service.purpose = 'Uppgifter i åk 4';
  d.service.youngestAge = 10;
  d.service.vendor = 'Skrivs över';
  return d;
};

describe('inheriting a platform validation', () => {
  it('the inheritable flag lives in the question definition: the vendor is inherited, the purpose and ages are not', () => {
    expect(INHERITED_PATHS).toEqual(expect.arrayContaining(['service.vendor', 'contract.dpa', 'transfer.locations', 'dpia.exists']));
    for (const own of ['service.name', 'service.purpose', 'service.grades', 'service.youngestAge', 'decision.verdict']) expect(INHERITED_PATHS).not.toContain(own);
  });

  it('takes over the inherited answers with source and date, keeps the school’s own, and marks the platform’s conditions', async () => {
    const platform = platformDoc();
    const pkg = await readPkg(await pkgText(platform));
    const doc = inherit(school(), pkg, TODAY);
    if (!doc) throw new Error('inherit failed');
    expect(doc.service.vendor).toBe(platform.service.vendor);
    expect(doc.contract).toEqual(platform.contract);
    expect(doc.service.purpose).toBe('Uppgifter i åk 4');
    expect(doc.service.youngestAge).toBe(10);
    expect(doc.service.inherits).toBe('yes');
    expect(doc.inheritedFrom).toEqual({ id: 'platform-lms', title: platform.service.name, organisation: 'Utbildningsförvaltningen', decidedOn: '2026-06-01', fingerprint: pkg.fingerprint, importedOn: TODAY });
    expect(doc.platform).toMatchObject({ id: 'platform-lms', status: 'approvedWithConditions', signedOn: '2026-06-01', youngestAge: platform.service.youngestAge });
    expect(doc.decision.conditions.every((c) => c.inherited === 'yes')).toBe(true);
    expect(isInherited(doc, 'contract.dpa')).toBe(true);
    expect(isInherited(doc, 'service.purpose')).toBe(false);
    expect(parseDocument(doc).ok).toBe(true);
    expect(() => evaluate(doc, TODAY)).not.toThrow();
  });

  it('refuses a changed package, another format, and a validation the förvaltning did not decide', async () => {
    const text = await pkgText(platformDoc());
    const changed = JSON.parse(text) as { doc: ServiceDoc };
    changed.doc.contract.dpa = 'signed' === changed.doc.contract.dpa ? 'none' : 'signed';
    const cases = [JSON.stringify(changed), '{', '[]', JSON.stringify({ format: 'x' }), await pkgText({ ...platformDoc(), decision: { ...platformDoc().decision, level: 'principal' } })];
    for (const c of cases) {
      const r = await readPlatformPackage(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.sv).toMatch(/plattformsvalidering/i);
    }
  });

  it('a newer version of the same platform validation flags every school validation built on the old one, once', async () => {
    const old = await readPkg(await pkgText(platformDoc()));
    const a = inherit(school('a'), old, TODAY);
    const b = inherit(school('b'), old, TODAY);
    const other = school('c');
    if (!a || !b) throw new Error('inherit failed');
    const newerDoc = { ...platformDoc(), contract: { ...platformDoc().contract, dpaRef: 'Dnr 2027/1' } };
    const newer = await readPkg(await pkgText(newerDoc, '2027-01-10'));
    const flagged = superseded([a, b, other], newer, '2027-01-11');
    expect(flagged.map((d) => d.id)).toEqual(['a', 'b']);
    expect(flagged[0]?.needsReview).toEqual({ reason: 'platformSuperseded', since: '2027-01-11', fingerprint: newer.fingerprint });
    expect(superseded(flagged, newer, '2027-01-12')).toEqual([]);
    expect(superseded([a], old, TODAY)).toEqual([]);
    // An older version does not supersede a newer one.
    const older = await readPkg(await pkgText(newerDoc, '2026-01-01'));
    expect(superseded([a], older, TODAY)).toEqual([]);
    // Starting again from the new version clears the flag.
    const again = inherit(flagged[0] as ServiceDoc, newer, '2027-01-12');
    expect(again?.needsReview).toBeUndefined();
    expect(again?.contract.dpaRef).toBe('Dnr 2027/1');
  });
});
