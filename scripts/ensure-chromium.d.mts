export interface MachineFacts {
  /** process.version, e.g. "v20.20.2". */
  node: string;
  /** The lowest Node package.json's engines allows, e.g. "20.19". */
  minNode: string;
  /** node_modules holds the test tools (npm ci has run). */
  installed: boolean;
  chromePath: string | undefined;
  chromePathUsable: boolean;
  chromium: string | null;
  debian: boolean;
  root: boolean;
  os: string;
}
export interface Plan {
  action: 'ready' | 'install' | 'stop';
  line: string;
}
export const INSTALL: [string, string[]][];
export function plan(facts: MachineFacts): Plan;
export const OPTIONAL: [string, string[]];
