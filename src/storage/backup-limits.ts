// The backup file's name for itself and its limits: small, so storage's public face (index.ts) can export them
// on a first visit without the backup's checks and messages (backup-format.ts).
export const BACKUP_FORMAT = 'kamerabedomning/backup' as const;
/**
 * The most assessments a device keeps: the home page lists every one, at about 1 ms each in Chromium on a
 * school laptop (docs/benchmarks.md: 1,004 ms for 1,000; 100,000 froze it for about 90 s), so 5,000 is
 * still about 5 s. A backup that would go beyond it is refused before anything is written.
 */
export const MAX_ASSESSMENTS = 5000;
/** A real backup of a school's assessments is far smaller; anything bigger is refused before parsing. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
