// Every message group of the app. A new group is added here once; its keys become MessageKey.
import { common } from './messages/common';
import { wizard } from './messages/wizard';
import { wizardSteps } from './messages/wizardSteps';
import { wizardCameras } from './messages/wizardCameras';
import { wizardReview } from './messages/wizardReview';
import { home } from './messages/home';
import { settings } from './messages/settings';
import { session } from './messages/session';
import { pdfUi } from './messages/pdfUi';

export const groups = [common, wizard, wizardSteps, wizardCameras, wizardReview, home, settings, session, pdfUi] as const;

type Group = (typeof groups)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllSv = UnionToIntersection<Group['sv']>;
export type MessageKey = Extract<keyof AllSv, string>;
export type Catalogue = Record<MessageKey, string>;

function merge(lang: 'sv' | 'en'): Catalogue {
  const out: Record<string, string> = {};
  for (const g of groups) Object.assign(out, g[lang]);
  return out as Catalogue;
}

export const catalogues: Record<'sv' | 'en', Catalogue> = { sv: merge('sv'), en: merge('en') };
