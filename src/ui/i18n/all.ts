// Every message group but `common`, loaded as one chunk beside storage (main.tsx) and by the tests.
import type { MessageGroup, Messages } from '../../engine/messages';
import { registerMessages } from './catalogue';
import { common } from './messages/common';
import { wizard } from './messages/wizard';
import { wizardSteps } from '../../assessments/camera/messages/wizardSteps';
import { wizardCameras } from '../../assessments/camera/messages/wizardCameras';
import { wizardReview } from './messages/wizardReview';
import { home } from './messages/home';
import { settings } from './messages/settings';
import { session } from './messages/session';
import { pdfUi } from './messages/pdfUi';
import { lifecycleMessages } from '../../assessments/camera/messages/lifecycle';
import { verify } from './messages/verify';
import { kindsMessages } from './messages/kinds';
import { organisation } from './messages/organisation';
import { organisationPrompt } from './messages/organisationPrompt';
import { dateField } from './messages/dateField';

export const allGroups: readonly MessageGroup<Messages>[] = [common, wizard, wizardSteps, wizardCameras, wizardReview, home, settings, session, pdfUi, lifecycleMessages, verify, kindsMessages, organisation, organisationPrompt, dateField];

export function registerAll(): void {
  registerMessages(allGroups);
}
