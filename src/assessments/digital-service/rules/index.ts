// The digital-service rulebook, strongest first.
import { guidanceRules } from './guidance';
import { hardRules } from './hard';
import { routeRules } from './route';
import { softRules } from './soft';

export const rulebook = [...hardRules, ...routeRules, ...softRules, ...guidanceRules] as const;
export type { Rule, Severity } from './types';
