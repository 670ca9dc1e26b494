// Settings: language, the organisation's policy, and when the last backup and signing happened.
// The policy's validation (policy.ts, by the store's kind main.tsx provides) loads on first use, so home reads
// the language and the backup reminder without the rules.
import type { IsoDateTime } from '../engine/dates';
import type { Lang, StorePolicy } from '../engine/kind';
import type { StoreProblem, StoreProfile } from '../engine/store-kind';
import { getDb } from './db';
import type { SettingKey } from './db';
import { storeKindReady } from './store-kind';

export interface Settings {
  language: Lang;
  policy: StorePolicy;
  /** Whether the policy is the organisation's own (stored) rather than the built-in default. */
  policyIsCustom: boolean;
  /** Who the organisation is, once set up (null on a fresh install and on installs older than the setup). */
  organisation: StoreProfile | null;
  /** Set up on first run, or an older install that already stored its own policy. */
  organisationSetUp: boolean;
  lastBackupAt: IsoDateTime | null;
  lastSignedAt: IsoDateTime | null;
}

// Every save evaluates the assessment with the policy; reading it from disk each time would cost a transaction.
let cachedPolicy: StorePolicy | null = null;

async function read(key: SettingKey): Promise<unknown> {
  const db = await getDb();
  return (await db.get('settings', key))?.value;
}

async function write(key: SettingKey, value: unknown): Promise<void> {
  const db = await getDb();
  await db.put('settings', { key, value });
}

/** The policy's validation, by the store's kind: loaded on first need, never for home's first-run prompt. */
const policyModule = () => Promise.all([import('./policy'), storeKindReady()]).then(([{ policyFrom }, kind]) => ({ policyFrom, kind }));

export async function getPolicy(): Promise<StorePolicy> {
  if (cachedPolicy === null) {
    const [{ policyFrom }, value] = await Promise.all([policyModule(), read('policy')]);
    cachedPolicy ??= policyFrom(value).policy;
  }
  return cachedPolicy;
}

export function forgetCachedSettings(): void {
  cachedPolicy = null;
}

const isoOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Every setting as stored, unvalidated: the values are checked by whoever reads them. */
async function readAll(): Promise<(key: SettingKey) => unknown> {
  const db = await getDb();
  const rows = await db.getAll('settings');
  return (key) => rows.find((r) => r.key === key)?.value;
}

const langOf = (v: unknown): Lang => (v === 'en' ? 'en' : 'sv');

export async function getSettings(): Promise<Settings> {
  const [{ policyFrom, kind }, value] = await Promise.all([policyModule(), readAll()]);
  const { policy, custom } = policyFrom(value('policy'));
  cachedPolicy = policy;
  const organisation = kind.profileFrom(value('organisation'));
  return {
    language: langOf(value('language')),
    policy,
    policyIsCustom: custom,
    organisation,
    organisationSetUp: organisation !== null || custom,
    lastBackupAt: isoOrNull(value('lastBackupAt')),
    lastSignedAt: isoOrNull(value('lastSignedAt')),
  };
}

/** The stored language alone (the same reading as getSettings), without loading the policy's validation. */
export async function getLanguage(): Promise<Lang> {
  return langOf(await read('language'));
}

export async function setLanguage(language: Lang): Promise<void> {
  await write('language', language);
}

type Stored = { ok: true; policy: StorePolicy } | { ok: false; problems: StoreProblem[] };

/** Stores the organisation's policy after validating it; `null` goes back to the default. */
export async function setPolicy(policy: StorePolicy | null): Promise<Stored> {
  const { defaultPolicy } = (await policyModule()).kind;
  if (policy === null) {
    const db = await getDb();
    const tx = db.transaction('settings', 'readwrite');
    // Back to the built-in example means the organisation is no longer set up either.
    await Promise.all([tx.store.delete('policy'), tx.store.delete('organisation'), tx.done]);
    cachedPolicy = defaultPolicy;
    return { ok: true, policy: defaultPolicy };
  }
  return storePolicy(policy, null);
}

/** Stores the organisation and its policy together (one transaction), after validating both. */
export async function setOrganisation(profile: StoreProfile, policy: StorePolicy): Promise<Stored> {
  const { kind } = await policyModule();
  const checked = kind.profileFrom(profile);
  return checked ? storePolicy(policy, checked) : { ok: false, problems: [] };
}

async function storePolicy(policy: StorePolicy, profile: StoreProfile | null): Promise<Stored> {
  const { kind } = await policyModule();
  const restored = kind.restorePolicy(policy);
  if (!restored.ok) return { ok: false, problems: restored.problems };
  const db = await getDb();
  const tx = db.transaction('settings', 'readwrite');
  const puts = [tx.store.put({ key: 'policy', value: restored.value })];
  if (profile) puts.push(tx.store.put({ key: 'organisation', value: profile }));
  await Promise.all([...puts, tx.done]);
  cachedPolicy = restored.value;
  return { ok: true, policy: restored.value };
}

export async function markBackedUp(at: IsoDateTime = new Date().toISOString()): Promise<void> {
  await write('lastBackupAt', at);
}

/** True when something was signed after the last full backup: the UI reminds the principal to export. */
/**
 * Whether an organisation (or, in older installs, a policy) is stored: read without the domain so the
 * first-run prompt on home costs no rules. A stored policy that no longer validates still counts: the
 * settings page says so.
 */
export async function organisationSetUp(): Promise<boolean> {
  const value = await readAll();
  return value('organisation') !== undefined || value('policy') !== undefined;
}

export async function needsBackup(): Promise<boolean> {
  const value = await readAll();
  const lastBackupAt = isoOrNull(value('lastBackupAt'));
  const lastSignedAt = isoOrNull(value('lastSignedAt'));
  return lastSignedAt !== null && (lastBackupAt === null || lastBackupAt < lastSignedAt);
}
