// What the shell opens of each kind: its pages and its ways to start a new assessment, each loaded only when
// used. The shell imports this list, never a kind itself. It sits beside registry.ts rather than in it: the
// batch checker (Node, no browser) imports the registry and must not pull the pages in.
import type { Services } from '../ui/services';

export type Started = { ok: true } | { ok: false; reason: string };

/** A choice on "Ny bedömning"; its words are `kinds.<id>.name` and `kinds.<id>.when`. */
export interface Start {
  id: string;
  /** Creates the empty document, saves it (so a reload finds it) and opens it; `reason` is storage's. */
  create(storage: Services['storage']): Promise<Started>;
}

const camera = () => import('./camera/ui/create');

export const starts: readonly Start[] = [
  { id: 'camera', create: (storage) => camera().then((m) => m.createCamera(storage, false)) },
  // The camera kind's second start: a review of surveillance already filming (the same wizard).
  { id: 'camera-existing', create: (storage) => camera().then((m) => m.createCamera(storage, true)) },
  { id: 'digital-service', create: (storage) => import('./digital-service/ui/create').then((m) => m.createService(storage)) },
];

/** '#/a/<id>': an assessment in the camera wizard. */
export const loadAssessmentPages = () => import('./camera/ui/session/AssessmentSession');
/** The kind catalogues those pages speak (beside the shell's), loaded with them in the active language. */
export const assessmentPagesKinds: readonly string[] = ['camera'];

/**
 * '#/installningar/organisation': the organisation and the policy its camera assessments are judged by (retention, central
 * review of public areas, review interval). The policy is the camera kind's; when another kind reads the
 * organisation, the part they share (owner, contacts) belongs back in the shell.
 */
export const loadOrganisationPage = () => import('./camera/ui/organisation/OrganisationPage');

/**
 * '#/forteckning': the register of camera surveillance (in force, and ended in the last five years) with its
 * exports and the offer to delete what is older. The digital services keep theirs among their own pages.
 */
export const loadRegisterPage = () => import('./camera/ui/register/RegisterPage');

/** The digital services' wizard, register and guardians' list. */
export const loadServicePages = () => import('./digital-service/ui/ServicePages');
export const servicePagesKinds: readonly string[] = ['digital-service'];
