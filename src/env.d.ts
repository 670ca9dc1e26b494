declare const __APP_VERSION__: string;
/** The source the build was made from (scripts/source-hash.mjs); absent outside a Vite build. */
declare const __APP_BUILD__: string;
