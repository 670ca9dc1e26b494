// The whole question definition, in the order the wizard asks it.
import { data, service } from './service';
import { contract, roles, transfer } from './legal';
import { safety, security } from './security';
import { decision, dpia, platform, rights } from './decision';

export const steps = { service, platform, data, roles, contract, transfer, security, safety, dpia, rights, decision } as const;
export const stepList = Object.values(steps);
export { CATEGORIES, GRADES } from './service';
