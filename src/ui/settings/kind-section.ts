// What the settings page hands a kind's section (src/assessments/settings.ts).
import type { Settings } from '../../storage';

export interface KindSettingsProps {
  /** null while the settings are read. */
  settings: Settings | null;
  /** Call after the section changed stored data, so every section reads it again. */
  onChanged: () => void;
}
