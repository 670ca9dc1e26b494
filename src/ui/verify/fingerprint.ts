// Fingerprints as people type and read them: any case, with spaces, hyphens or groups; shown in groups of 8.

/** The 64 lower-case hex digits of a typed fingerprint; the hex digits found so far when incomplete. */
export function normalizeFingerprint(typed: string): string {
  return typed.toLowerCase().replace(/[\s\-–:.]/g, '');
}

export const isFingerprint = (text: string): boolean => /^[0-9a-f]{64}$/.test(text);

/** Groups of 8 characters, to compare by eye. */
export const groupsOf = (fingerprint: string): string[] => fingerprint.match(/.{1,8}/g) ?? [];

/** Every fingerprint in a text file (a register CSV, a list copied from the diarium). */
export function fingerprintsInText(text: string): string[] {
  return [...new Set([...text.matchAll(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/gi)].map((m) => m[0].toLowerCase()))];
}
