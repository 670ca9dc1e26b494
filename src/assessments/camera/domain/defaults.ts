// Blank values for every part of the document: the one place that knows what "not answered" looks like.
import type {
  AccessRole,
  Assessment,
  Balancing,
  Camera,
  Consultation,
  DataHandling,
  EarlierBasis,
  Decision,
  Incident,
  Measure,
  Person,
  School,
} from './schema';
import { ASSESSMENT_FORMAT, SCHEMA_VERSION } from './vocabulary';

export const emptyPerson = (): Person => ({ name: '', title: '', email: '', phone: '' });

export const emptySchool = (): School => ({
  ownerType: '',
  ownerName: '',
  schoolName: '',
  unitCode: '',
  youngestPupilAge: null,
  schoolDay: { from: '', to: '' },
  principal: emptyPerson(),
  cameraPerson: emptyPerson(),
  dpo: emptyPerson(),
  decisionDate: '',
  plannedStart: '',
});

/** An incident with nothing filled in yet, before it has an id (a row read from a log gets one on import). */
export const blankIncident = (): Omit<Incident, 'id'> => ({
  date: '',
  time: '',
  place: '',
  type: '',
  description: '',
  policeReportNumber: '',
  costSek: null,
});

export const newIncident = (id: string): Incident => ({ id, ...blankIncident() });

export const newMeasure = (id: string): Measure => ({
  id,
  kind: '',
  description: '',
  tried: '',
  when: '',
  result: '',
  whyInsufficient: '',
  whyNotPossible: '',
});

/** `index` is the camera's position (0-based); the default name is "Kamera {index + 1}". */
export const newCamera = (id: string, index: number): Camera => ({
  id,
  name: `Kamera ${index + 1}`,
  location: '',
  placement: '',
  areaKind: '',
  publicAccess: '',
  publicAccessReasoning: '',
  fieldOfView: '',
  limitedToFacadePlus2m: '',
  coversIncidentSpots: '',
  mount: '',
  zoom: '',
  masking: '',
  maskingDescription: '',
  hours: { preset: '', windows: [], holidaysAsWeekend: true },
  mode: '',
  liveViewers: '',
  monitorLocation: '',
  sound: '',
  biometrics: '',
  subjects: [],
  publicArea: { othersPresent: '', othersWhen: '' },
  nonPublicArea: { proportionality: '', annualReviewPlanned: '' },
  endedOn: '',
  otherAreaUse: '',
  analytics: [],
  movableLimits: '',
  monitorSeenByOthers: '',
  offHoursPresence: [],
  inView: [],
});

export const newAccessRole = (id: string): AccessRole => ({ id, role: '', rights: '' });

export const emptyBalancing = (): Balancing => ({ interest: '', intrusion: '', mitigations: '', reasoning: '' });

export const emptyDataHandling = (): DataHandling => ({
  legalBasis: '',
  legalBasisConfirmedByDpo: '',
  retentionHours: null,
  autoDelete: '',
  incidentClipRoutine: '',
  accessRoles: [],
  accessLog: '',
  policeDisclosure: '',
  processorUsed: '',
  processorName: '',
  processorAgreement: '',
  storage: '',
  storageInEuEea: '',
  transferBasis: '',
  placementDrawingsShared: '',
});

export const emptyConsultation = (): Consultation => ({
  unionForm: '',
  unionDate: '',
  safetyRepresentativeConsulted: '',
  pupilsInformed: '',
  guardiansInformed: '',
  staffInformed: '',
  informationForChildren: '',
  signage: '',
  signageDescription: '',
  art13Where: '',
  art13Text: '',
  dpiaDone: '',
  dpiaReference: '',
  dpiaNoneReason: '',
  dpoAdviceDate: '',
  dpoAdvice: '',
});

export const emptyDecision = (): Decision => ({
  cameraDecisions: [],
  overallReason: '',
  nextReviewDate: '',
  registryNumber: '',
});

/** What cameras already filming rest on, not yet answered; its presence marks a review of an existing decision. */
export const emptyEarlierBasis = (): EarlierBasis => ({ kind: '', reference: '', date: '' });

/**
 * A new, blank draft: version 1 of a new chain, opening on the first step. `existing` starts the review of
 * cameras already filming: the school step then asks what they rest on, and new cameras start as already in use.
 */
export function emptyAssessment(id: string, now: Date, existing = false): Assessment {
  const stamp = now.toISOString();
  return {
    format: ASSESSMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    id,
    version: 1,
    previousVersionId: null,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    step: 'school',
    school: existing ? { ...emptySchool(), earlierBasis: emptyEarlierBasis() } : emptySchool(),
    problem: { description: '', purpose: '', incidents: [], needReasoning: '' },
    measures: { items: [], noneReason: '' },
    cameras: [],
    balancing: emptyBalancing(),
    data: emptyDataHandling(),
    consultation: emptyConsultation(),
    decision: emptyDecision(),
    justifications: {},
    signoff: null,
    laterDecision: null,
    endedOn: '',
  };
}
