// The digital-service kind's catalogue, one language at a time (each language is files of its own).
import type { Lang } from '../../../engine/kind';
import type { Catalogue } from '../../../engine/messages';

export const serviceMessages: Readonly<Record<Lang, () => Promise<Catalogue>>> = {
  sv: () => import('./sv').then((m) => m.sv),
  en: () => import('./en').then((m) => m.en),
};
