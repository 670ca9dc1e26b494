// Which app made a PDF, without jsPDF: the verifier reads these before it knows whether it will render.
import { appBuild, appVersion } from '../engine/build';

export { appBuild, appVersion };

export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What every kb:render says of how a PDF was made, whatever its kind: app, build, language, time and zone. */
export const madeBy = <L extends string>(now: Date, lang: L) => ({
  appVersion: appVersion(),
  build: appBuild(),
  lang,
  printedAt: now.toISOString(),
  timeZone: localTimeZone(),
});
