// English text of the lifecycle parts; the same shape as the Swedish (checked by its type).
import type { svLifecycle } from './text-sv-lifecycle';

export const enLifecycle: typeof svLifecycle = {
  changesTitle: 'Changes since the previous assessment',
  changesIntro: (version: number, date: string) => (date ? `Compared with version ${version}, decided ${date}.` : `Compared with version ${version}.`),
  changesNone: 'No answers have changed since the previous version.',
  changesCols: ['Step', 'What', 'Before', 'After'],
  changeKinds: { added: 'New', removed: 'Removed', changed: 'Changed' },
  annualReviewTitle: (version: number) => `Annual review of version ${version}`,
  reviewAnswer: { yes: 'Yes', no: 'No', '': 'Not answered' },
  reviewSummary: "What has changed, in the principal's words",
  stepNames: {
    school: 'School',
    problem: 'Problem',
    measures: 'Measures',
    cameras: 'Cameras',
    balancing: 'Balancing',
    data: 'Personal data',
    consultation: 'Consultation',
    review: 'Review',
    decision: 'Decision',
  },

  registerTitle: 'Register of camera surveillance',
  registerSubject: 'Register of camera surveillance in force and of surveillance ended in the last five years',
  registerKeywords: 'camera surveillance, register, Camera Surveillance Act, IMY',
  registerIntro:
    'The register covers all camera surveillance in force and all camera surveillance ended in the last five years. It is shown to the Swedish Authority for Privacy Protection (IMY) on request. One row per camera; the details come from the latest signed version of each assessment.',
  registerRedacted:
    'Copy for wide distribution: instead of the exact placement of the cameras, the kind of place they cover is given (OSL chapter 18 section 8).',
  registerPrinted: (date: string) => `Printed ${date}`,
  registerCount: (n: number) => (n === 1 ? '1 camera' : `${n} cameras`),
  registerEmpty: 'No camera surveillance to enter: no signed assessment is in force or ended in the last five years.',
  registerCols: ['School', 'Camera and place', 'Purpose', 'Hours', 'Retention', 'Start', 'End', 'Status', 'Decision', 'Fingerprint (SHA-256)'],
  registerVersion: (n: number) => `version ${n}`,
  versionsTitle: 'Signed versions',
  versionsIntro: 'Every signed version of the assessments in the register, with its fingerprint. A document can be checked against the fingerprint under Verify a document in Kamerabedömning.',
  versionsCols: ['School', 'Version', 'Decision date', 'Reference', 'Signed', 'Fingerprint (SHA-256)'],
  versionsSigned: (name: string, date: string) => [name, date].filter((s) => s !== '').join(', '),
};
