// Which app and build made a file (backup, PDF): one answer for every layer that stamps one.
/** The app's version number, as the footer shows it. */
export const appVersion = (): string => (typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0');
/** The source this build was made from; '' outside a Vite build (pages so made are never compared as exact). */
export const appBuild = (): string => (typeof __APP_BUILD__ === 'string' ? __APP_BUILD__ : '');
