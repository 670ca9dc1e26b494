// On the register: reading a newer version of a platform validation flags every school validation built on
// an older one "Behöver granskas". Each flagged validation is saved before the count is announced.
import { isoDateOf, type IsoDate } from '../../../engine/dates';
import type { Services } from '../../../ui/services';
import { useServices } from '../../../ui/services';
import { readPlatformPackage, superseded, type PlatformPackage } from '../inherit';
import { parseDocument, type ServiceDoc } from '../schema';
import { FileButton } from './Platform';
import { recordOf } from './record';
import type { RegisterRow } from './register';
import type { DsText } from './text';

type Storage = Services['storage'];

/**
 * Flags one stored validation if the package supersedes what it builds on: read afresh and saved on top of the
 * version read, so a change made in another tab since the register was read is kept (tried again once if one
 * lands in between). 'unchanged' when it needs no flag or is gone; else the failure's words.
 */
async function flagStored(storage: Storage, id: string, pkg: PlatformPackage, today: IsoDate, now: () => Date): Promise<'flagged' | 'unchanged' | { error: string }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const loaded = await storage.loadDocument(id);
    if (!loaded.ok) return loaded.reason === 'not-found' ? 'unchanged' : { error: loaded.error };
    const parsed = parseDocument(loaded.record.doc);
    const flagged = parsed.ok ? superseded([parsed.doc], pkg, today)[0] : undefined;
    if (!flagged) return 'unchanged';
    const saved = await storage.saveDocument(recordOf(flagged, loaded.record.decidedOn, now()), loaded.record.updatedAt);
    if (saved.ok) return 'flagged';
    if (saved.reason !== 'conflict') return { error: saved.error };
  }
  return { error: 'changed in another tab meanwhile' };
}

export function PlatformUpdate({ items, x, onSaved }: { items: readonly { doc: ServiceDoc; row: RegisterRow }[]; x: DsText; onSaved: () => void }) {
  const { storage, clock } = useServices();
  const read = async (text: string) => {
    const r = await readPlatformPackage(text);
    if (!r.ok) return { kind: 'error' as const, text: r.message[x.lang] };
    const today = isoDateOf(clock());
    // The register's copies say which validations build on this platform; each is written from what is stored now.
    let count = 0;
    for (const candidate of superseded(items.map((i) => i.doc), r.pkg, today)) {
      const outcome = await flagStored(storage, candidate.id, r.pkg, today, clock);
      if (typeof outcome === 'object') {
        if (count > 0) onSaved();
        return { kind: 'error' as const, text: x.t('save.failed', { error: outcome.error }) };
      }
      if (outcome === 'flagged') count += 1;
    }
    if (count > 0) onSaved();
    return { kind: 'done' as const, text: x.n('plat.imported', count, { title: r.pkg.doc.service.name }) };
  };
  return (
    <div class="ds-platform-update">
      <p class="muted">{x.t('plat.importHelp')}</p>
      <FileButton id="ds-platform-update" label={x.t('plat.import')} onText={read} />
    </div>
  );
}
