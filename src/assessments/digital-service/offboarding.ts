// Avveckla tjänsten (domain brief, section 5): the validation is kept as a record, its status becomes
// "Avvecklad", and three tasks say what must still happen to the pupils' data, each with an owner and a date.
import { addMonths, type IsoDate } from '../../engine/dates';
import { OFFBOARDING_TASKS, type ServiceDoc } from './schema';

export type OffboardingTask = NonNullable<ServiceDoc['discontinued']>['tasks'][number];

/** The tasks fall on the offboarding owner the decision named (else the service owner), due in a month. */
export function discontinue(doc: ServiceDoc, today: IsoDate): ServiceDoc {
  if (doc.discontinued) return doc;
  const owner = doc.decision.offboardingOwner || doc.decision.serviceOwner;
  const due = addMonths(today, 1);
  return { ...doc, discontinued: { on: today, tasks: OFFBOARDING_TASKS.map((task) => ({ task, owner, due, done: false })) } };
}

export const openOffboarding = (doc: ServiceDoc): OffboardingTask[] => doc.discontinued?.tasks.filter((t) => !t.done) ?? [];
