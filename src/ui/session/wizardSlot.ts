// UI-A's WizardPage, found at build time: until src/ui/wizard/WizardPage.tsx exists the session shows a
// placeholder instead, so the app builds while both halves are made at the same time.
import type { ComponentChildren, ComponentType } from 'preact';
import type { Assessment, Evaluation, IsoDate, Policy } from '../../domain';

/** The contract of /work/notes/ui-contract.md. */
export interface WizardPageProps {
  assessment: Assessment;
  policy: Policy;
  today: IsoDate;
  persist: (a: Assessment) => void;
  onExit: () => void;
  onSigned: (a: Assessment) => Promise<void>;
  onNewVersion: (signed: Assessment) => void;
  saveStatus: ComponentChildren;
  pdfActions: (a: Assessment, evaluation: Evaluation) => ComponentChildren;
}

const found = import.meta.glob<{ WizardPage?: ComponentType<WizardPageProps> }>('../wizard/WizardPage.tsx', { eager: true });

export const WizardPage: ComponentType<WizardPageProps> | null = Object.values(found)[0]?.WizardPage ?? null;
