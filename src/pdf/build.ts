// Which app made a PDF, without jsPDF: the verifier reads these before it knows whether it will render.
/** The app's version number, as the footer shows it. */
export const appVersion = (): string => (typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0');
/** The source this build was made from; '' outside a Vite build (pages so made are never compared as exact). */
export const appBuild = (): string => (typeof __APP_BUILD__ === 'string' ? __APP_BUILD__ : '');

export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What every kb:render says of how a PDF was made, whatever its kind: app, build, language, time and zone. */
export const madeBy = <L extends string>(now: Date, lang: L) => ({
  appVersion: appVersion(),
  build: appBuild(),
  lang,
  printedAt: now.toISOString(),
  timeZone: localTimeZone(),
});
