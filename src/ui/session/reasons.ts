// Why a storage call failed, as one sentence in the principal's language (never the browser's English).
import type { MessageKey } from '../i18n';

const keys: Record<string, MessageKey> = {
  quota: 'storage.reason.quota',
  closed: 'storage.reason.closed',
  unknown: 'storage.reason.unknown',
  erased: 'storage.reason.erased',
  signed: 'storage.reason.signed',
  conflict: 'storage.reason.conflict',
  'not-found': 'storage.reason.notFound',
  invalid: 'storage.reason.invalid',
};

export function reasonKey(reason: string): MessageKey {
  return keys[reason] ?? 'storage.reason.unknown';
}
