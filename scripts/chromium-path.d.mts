export interface ChromiumLookup {
  env?: NodeJS.ProcessEnv;
  home?: string;
  list?: (dir: string) => string[];
  isExecutable?: (path: string) => boolean;
}
export function chromiumCandidates(lookup?: Omit<ChromiumLookup, 'isExecutable'>): string[];
export function findChromium(lookup?: ChromiumLookup): string | null;
export function findTestChromium(lookup?: ChromiumLookup): string | null;
