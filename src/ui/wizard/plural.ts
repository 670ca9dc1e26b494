// One or many: a message with a '.one' sibling in the catalogue is said in the singular when n is 1.
import type { MessageKey, Params, Translate } from '../i18n';

export type PluralKey = { [K in MessageKey]: `${K}.one` extends MessageKey ? K : never }[MessageKey];

export function plural(t: Translate, key: PluralKey, n: number, params: Params = {}): string {
  return t(n === 1 ? (`${key}.one` as MessageKey) : key, { ...params, n });
}
