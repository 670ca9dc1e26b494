// Each kind's section of the settings page (the camera kind's: the policy its assessments are judged by). The
// settings page renders this list and imports no kind; the list is static because that page is a lazy chunk
// of its own, so a section arrives with it and nothing moves once it shows.
import type { ComponentType } from 'preact';
import type { KindSettingsProps } from '../ui/settings/kind-section';
import { PolicySection } from './camera/ui/organisation/PolicySection';

export const settingsSections: readonly ComponentType<KindSettingsProps>[] = [PolicySection];
