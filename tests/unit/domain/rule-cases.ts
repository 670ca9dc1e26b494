// For every rule: the smallest change to the facade-night fixture that makes it hold, and the smallest
// change from there that clears it. rules.test.ts runs them; a rule without a case fails the suite.
import type { Assessment, Camera, Policy } from '../../../src/assessments/camera/domain';
import { defaultPolicy, presetWindows } from '../../../src/assessments/camera/domain';

export interface RuleCase {
  id: string;
  /** 'missing': the rule reports an unanswered required question rather than a finding. */
  kind: 'finding' | 'missing';
  fire: (a: Assessment, p: Policy) => void;
  clear: (a: Assessment, p: Policy) => void;
}

const cam = (a: Assessment): Camera => a.cameras[0]!;
const day = { from: '08:00', to: '16:00' };
const always = () => presetWindows('always', defaultPolicy, day);
const facade = () => presetWindows('facadePractice', defaultPolicy, day);
/** Public place: the public branch's question must then be answered too. */
const makePublic = (a: Assessment, access: 'yes' | 'unsure' = 'yes') => {
  cam(a).publicAccess = access;
  cam(a).publicArea.othersPresent = 'Grannar som går genom skolgården.';
};
const setHours = (a: Assessment, windows: Camera['hours']['windows']) => {
  cam(a).hours = { ...cam(a).hours, preset: 'custom', windows };
};

export const RULE_CASES: RuleCase[] = [
  { id: 'KB-H01-intimate-space', kind: 'finding', fire: (a) => void (cam(a).areaKind = 'shower'), clear: (a) => void (cam(a).areaKind = 'facade') },
  { id: 'KB-H02-sound', kind: 'finding', fire: (a) => void (cam(a).sound = 'yes'), clear: (a) => void (cam(a).sound = 'no') },
  { id: 'KB-H03-biometrics', kind: 'finding', fire: (a) => void (cam(a).biometrics = 'yes'), clear: (a) => void (cam(a).biometrics = 'no') },
  { id: 'KB-H04-consent', kind: 'finding', fire: (a) => void (a.data.legalBasis = 'consent'), clear: (a) => void (a.data.legalBasis = '6.1e') },
  {
    id: 'KB-H04-municipal-basis',
    kind: 'finding',
    fire: (a) => void (a.data.legalBasis = '6.1c'),
    clear: (a) => void (a.data.legalBasis = '6.1e'),
  },
  {
    id: 'KB-H05-undocumented-need',
    kind: 'finding',
    fire: (a) => void (a.problem.incidents = []),
    clear: (a) => void (a.problem.needReasoning = 'Skadegörelsen anmäls inte eftersom gärningspersonerna är okända, men vaktmästaren ser spåren varje måndag.'),
  },
  {
    id: 'KB-H05-no-alternatives',
    kind: 'finding',
    fire: (a) => void (a.measures.items = a.measures.items.map((m) => ({ ...m, tried: 'no', whyNotPossible: '' }))),
    clear: (a) => void (a.measures.noneReason = 'Skolan ligger i en byggnad där varken belysning eller stängsel får ändras.'),
  },
  {
    id: 'KB-H06-undefined-scope',
    // Decided on the parts in view; the word test of cameras from older files is in bypasses.test.ts.
    kind: 'missing',
    fire: (a) => void (cam(a).inView = []),
    clear: (a) => void (cam(a).inView = ['facade']),
  },
  {
    id: 'KB-S33-broad-field-of-view',
    kind: 'finding',
    fire: (a) => {
      cam(a).inView = ['facade'];
      cam(a).fieldOfView = 'Hela skolbyggnaden';
    },
    clear: (a) => {
      cam(a).inView = ['facade'];
      cam(a).fieldOfView = 'Södra fasaden och två meter ut';
    },
  },
  { id: 'KB-H06-retention-access', kind: 'missing', fire: (a) => void (a.data.retentionHours = null), clear: (a) => void (a.data.retentionHours = 72) },
  { id: 'KB-H07-signage', kind: 'finding', fire: (a) => void (a.consultation.signage = 'no'), clear: (a) => void (a.consultation.signage = 'planned') },
  { id: 'KB-H08-union', kind: 'finding', fire: (a) => void (a.consultation.unionDate = '2026-09-20'), clear: (a) => void (a.consultation.unionDate = '2026-09-14') },
  { id: 'KB-H09-dpia', kind: 'missing', fire: (a) => void (a.consultation.dpoAdvice = ''), clear: (a) => void (a.consultation.dpoAdvice = 'Inga invändningar.') },
  {
    id: 'KB-H10-school-hours-indoor',
    kind: 'finding',
    fire: (a) => {
      Object.assign(cam(a), { placement: 'indoor', areaKind: 'corridor', limitedToFacadePlus2m: '' });
      setHours(a, always());
    },
    clear: (a) => setHours(a, [{ days: [1, 2, 3, 4, 5], from: '18:00', to: '06:00' }]),
  },
  { id: 'KB-S01-school-hours', kind: 'finding', fire: (a) => setHours(a, always()), clear: (a) => setHours(a, facade()) },
  {
    id: 'KB-S02-beyond-facade-hours',
    kind: 'finding',
    fire: (a) => setHours(a, [{ days: [1, 2, 3, 4, 5], from: '18:00', to: '06:00' }]),
    clear: (a) => setHours(a, [{ days: [1, 2, 3, 4, 5], from: '20:00', to: '06:00' }]),
  },
  { id: 'KB-S03-beyond-facade-area', kind: 'finding', fire: (a) => void (cam(a).limitedToFacadePlus2m = 'no'), clear: (a) => void (cam(a).limitedToFacadePlus2m = 'yes') },
  {
    id: 'KB-S04-schoolyard-evening',
    kind: 'finding',
    fire: (a) => void (cam(a).areaKind = 'schoolyard'),
    clear: (a) => setHours(a, [{ days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00' }]),
  },
  { id: 'KB-S05-retention-over-policy', kind: 'finding', fire: (a) => void (a.data.retentionHours = 96), clear: (a) => void (a.data.retentionHours = 72) },
  { id: 'KB-S06-retention-over-two-weeks', kind: 'finding', fire: (a) => void (a.data.retentionHours = 400), clear: (a) => void (a.data.retentionHours = 300) },
  { id: 'KB-S07-no-auto-delete', kind: 'finding', fire: (a) => void (a.data.autoDelete = 'no'), clear: (a) => void (a.data.autoDelete = 'yes') },
  {
    id: 'KB-S08-many-cameras',
    kind: 'finding',
    fire: (a) => void (a.cameras = Array.from({ length: 11 }, (_, i) => ({ ...cam(a), id: `c${i}`, name: `Kamera ${i + 1}` }))),
    clear: (a) => void (a.cameras = a.cameras.slice(0, 10)),
  },
  { id: 'KB-S09-beyond-incident-spots', kind: 'finding', fire: (a) => void (cam(a).coversIncidentSpots = 'no'), clear: (a) => void (cam(a).coversIncidentSpots = 'yes') },
  { id: 'KB-S10-no-masking', kind: 'finding', fire: (a) => void (cam(a).masking = 'no'), clear: (a) => void (cam(a).masking = 'yes') },
  { id: 'KB-S11-cloud-storage', kind: 'finding', fire: (a) => void (a.data.storage = 'cloud'), clear: (a) => void (a.data.storage = 'local') },
  {
    id: 'KB-S12-outside-eea',
    kind: 'finding',
    fire: (a) => {
      a.data.storageInEuEea = 'no';
      a.data.transferBasis = 'Standardavtalsklausuler med överföringsbedömning.';
    },
    clear: (a) => void (a.data.storageInEuEea = 'yes'),
  },
  { id: 'KB-S13-few-incidents', kind: 'finding', fire: (a) => void (a.problem.incidents = a.problem.incidents.slice(0, 2)), clear: (a) => void (a.problem.incidents = a.problem.incidents.concat(a.problem.incidents.slice(0, 1).map((i) => ({ ...i, id: 'extra' })))) },
  {
    id: 'KB-S14-old-incidents',
    kind: 'finding',
    fire: (a) => void (a.problem.incidents = a.problem.incidents.map((i) => ({ ...i, date: i.date.replace('2026', '2025').replace('-08-', '-07-') }))),
    clear: (a) => void (a.problem.incidents[0]!.date = '2025-09-16'),
  },
  {
    id: 'KB-S15-measure-not-evaluated',
    kind: 'finding',
    fire: (a) => void Object.assign(a.measures.items[0]!, { result: '', whyInsufficient: '' }),
    clear: (a) => void (a.measures.items[0]!.whyInsufficient = 'Inbrotten fortsatte.'),
  },
  {
    id: 'KB-S16-independent-basis-unconfirmed',
    kind: 'finding',
    fire: (a) => {
      a.school.ownerType = 'independent';
      a.data.legalBasisConfirmedByDpo = 'no';
    },
    clear: (a) => void (a.data.legalBasisConfirmedByDpo = 'yes'),
  },
  { id: 'KB-S17-not-informed', kind: 'finding', fire: (a) => void (a.consultation.guardiansInformed = 'no'), clear: (a) => void (a.consultation.guardiansInformed = 'planned') },
  { id: 'KB-S18-not-for-children', kind: 'finding', fire: (a) => void (a.consultation.informationForChildren = 'no'), clear: (a) => void (a.consultation.informationForChildren = 'yes') },
  { id: 'KB-S19-review-too-late', kind: 'finding', fire: (a) => void (a.decision.nextReviewDate = '2027-09-16'), clear: (a) => void (a.decision.nextReviewDate = '2027-09-15') },
  { id: 'KB-S20-placement-drawings', kind: 'finding', fire: (a) => void (a.data.placementDrawingsShared = 'yes'), clear: (a) => void (a.data.placementDrawingsShared = 'no') },
  {
    id: 'KB-S21-dpia-indicated',
    kind: 'finding',
    fire: (a) => void (cam(a).subjects = ['pupils', 'staff']),
    clear: (a) => Object.assign(a.consultation, { dpiaDone: 'yes', dpiaReference: 'Konsekvensbedömning 2026-08' }),
  },
  {
    id: 'KB-S22-public-access-unsure',
    kind: 'finding',
    // Unsure counts as public; without central review the warning is all that remains.
    fire: (a, p) => {
      makePublic(a, 'unsure');
      p.centralReviewOfPublicAreas = false;
    },
    clear: (a) => void (cam(a).publicAccess = 'no'),
  },
  { id: 'KB-S23-no-processor-agreement', kind: 'finding', fire: (a) => void (a.data.processorAgreement = 'no'), clear: (a) => void (a.data.processorAgreement = 'yes') },
  {
    id: 'KB-S24-no-annual-review',
    kind: 'finding',
    fire: (a) => void (cam(a).nonPublicArea.annualReviewPlanned = 'no'),
    clear: (a) => void (cam(a).nonPublicArea.annualReviewPlanned = 'yes'),
  },
  {
    id: 'KB-I01-permit-era',
    kind: 'finding',
    fire: (a) => {
      a.school.decisionDate = '2025-03-31';
      a.consultation.unionDate = '2025-03-01';
      // The advice and the incidents come before the decision (KB-H15, KB-H17).
      a.consultation.dpoAdviceDate = '2025-03-15';
      a.problem.incidents.forEach((i) => (i.date = i.date.replace(/^2026/, '2025').replace(/^2025-(0[4-9]|1[0-2])/, '2025-01')));
      makePublic(a);
    },
    clear: (a) => void (a.school.decisionDate = '2025-04-01'),
  },
  {
    id: 'KB-P01-central-review',
    kind: 'finding',
    fire: (a) => makePublic(a),
    clear: (_a, p) => void (p.centralReviewOfPublicAreas = false),
  },
  {
    id: 'KB-I02-register',
    kind: 'finding',
    fire: () => undefined,
    clear: (a) => void (a.cameras = a.cameras.map((c) => ({ ...c, carriedOver: true, endedOn: '2026-10-01' }))),
  },
  // Rules added 2026-12 (the entries so marked in the domain rules of camera surveillance).
  {
    id: 'KB-H11-other-area-unclassified',
    kind: 'finding',
    fire: (a) => void Object.assign(cam(a), { areaKind: 'other', otherAreaUse: 'none', location: 'Personaltoalett i idrottshallen' }),
    clear: (a) => void (cam(a).location = 'Förrådet i idrottshallen'),
  },
  { id: 'KB-H12-emotion-recognition', kind: 'finding', fire: (a) => void (cam(a).analytics = ['emotion']), clear: (a) => void (cam(a).analytics = ['none']) },
  { id: 'KB-H13-biometric-categorisation', kind: 'finding', fire: (a) => void (cam(a).analytics = ['biometricCategorisation']), clear: (a) => void (cam(a).analytics = ['none']) },
  { id: 'KB-H15-dpo-advice-late', kind: 'finding', fire: (a) => void (a.consultation.dpoAdviceDate = '2026-09-20'), clear: (a) => void (a.consultation.dpoAdviceDate = '2026-09-05') },
  {
    id: 'KB-H16-reversed-hours',
    kind: 'finding',
    fire: (a) => setHours(a, [{ days: [1, 2, 3, 4, 5], from: '16:00', to: '08:00', overMidnight: false }]),
    clear: (a) => setHours(a, [{ days: [1, 2, 3, 4, 5], from: '16:00', to: '08:00', overMidnight: true }]),
  },
  // The start moves with the decision, so the start stays after it (KB-H14).
  { id: 'KB-H17-implausible-value', kind: 'finding', fire: (a) => void Object.assign(a.school, { decisionDate: '2030-09-15', plannedStart: '2030-10-01' }), clear: (a) => void (a.school.decisionDate = '2026-09-15') },
  { id: 'KB-H18-end-date', kind: 'finding', fire: (a) => void (cam(a).endedOn = '2026-09-01'), clear: (a) => void (cam(a).endedOn = '') },
  { id: 'KB-S26-public-map', kind: 'finding', fire: (a) => void (cam(a).areaKind = 'schoolyard'), clear: (a) => void (cam(a).areaKind = 'facade') },
  {
    id: 'KB-S27-vague-purpose',
    kind: 'finding',
    fire: (a) => {
      a.problem.purpose = 'Trygghet';
      a.problem.incidents = [];
      a.problem.needReasoning = 'Brandkårens riskbedömning från augusti 2026 pekar ut idrottshallens fasad, där tre bränder anlades 2025.';
    },
    clear: (a) => void (a.problem.purpose = 'Förebygga anlagd brand mot idrottshallens fasad'),
  },
  { id: 'KB-S28-movable-optics', kind: 'finding', fire: (a) => void (cam(a).zoom = 'yes'), clear: (a) => void (cam(a).movableLimits = 'Zoomen är låst i ett förinställt läge.') },
  {
    id: 'KB-S29-live-monitor',
    kind: 'finding',
    fire: (a) => void Object.assign(cam(a), { mode: 'live', liveViewers: 'Vaktmästaren', monitorLocation: 'Vaktmästeriet', monitorSeenByOthers: 'yes' }),
    clear: (a) => void (cam(a).monitorSeenByOthers = 'no'),
  },
  { id: 'KB-S30-no-access-log', kind: 'finding', fire: (a) => void (a.data.accessLog = 'no'), clear: (a) => void (a.data.accessLog = 'yes') },
  { id: 'KB-S31-video-analytics', kind: 'finding', fire: (a) => void (cam(a).analytics = ['peopleCounting']), clear: (a) => void (cam(a).analytics = ['none']) },
  {
    id: 'KB-S32-decision-date-future',
    kind: 'finding',
    fire: (a) => void Object.assign(a.school, { decisionDate: '2026-12-20', plannedStart: '2027-01-08' }),
    clear: (a) => void (a.school.decisionDate = '2026-11-20'),
  },
  {
    id: 'KB-H14-start-before-decision',
    kind: 'finding',
    fire: (a) => void (a.school.plannedStart = '2026-09-01'),
    clear: (a) => void (a.school.plannedStart = '2026-09-15'),
  },
  {
    id: 'KB-I05-permit-is-evidence',
    kind: 'finding',
    fire: (a) => void (a.school.earlierBasis = { kind: 'imyPermit', reference: 'DI-2019-1234', date: '2019-05-20' }),
    clear: (a) => void (a.school.earlierBasis = { kind: 'earlierDecision', reference: 'Dnr 2023/17', date: '2023-08-01' }),
  },
  {
    id: 'KB-I04-independent-owner',
    kind: 'finding',
    fire: (a) => Object.assign(a.school, { ownerType: 'independent' }) && void (a.data.legalBasisConfirmedByDpo = 'yes'),
    clear: (a) => void (a.school.ownerType = 'municipal'),
  },
];
