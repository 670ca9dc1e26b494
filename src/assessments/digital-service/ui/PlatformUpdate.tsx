// On the register: reading a newer version of a platform validation flags every school validation built on
// an older one "Behöver granskas". Each flagged validation is saved before the count is announced.
import { isoDateOf } from '../../../engine/dates';
import { useServices } from '../../../ui/services';
import { readPlatformPackage, superseded } from '../inherit';
import type { ServiceDoc } from '../schema';
import { FileButton } from './Platform';
import { recordOf } from './record';
import type { RegisterRow } from './register';
import type { DsText } from './text';

export function PlatformUpdate({ items, x, onSaved }: { items: readonly { doc: ServiceDoc; row: RegisterRow }[]; x: DsText; onSaved: () => void }) {
  const { storage, clock } = useServices();
  const read = async (text: string) => {
    const r = await readPlatformPackage(text);
    if (!r.ok) return { kind: 'error' as const, text: r.message[x.lang] };
    const flagged = superseded(items.map((i) => i.doc), r.pkg, isoDateOf(clock()));
    for (const doc of flagged) {
      const decidedOn = items.find((i) => i.doc.id === doc.id)?.row.decidedOn ?? null;
      const saved = await storage.saveDocument(recordOf(doc, decidedOn, clock()));
      if (!saved.ok) return { kind: 'error' as const, text: x.t('save.failed', { error: saved.error }) };
    }
    if (flagged.length > 0) onSaved();
    return { kind: 'done' as const, text: x.n('plat.imported', flagged.length, { title: r.pkg.doc.service.name }) };
  };
  return (
    <div class="ds-platform-update">
      <p class="muted">{x.t('plat.importHelp')}</p>
      <FileButton id="ds-platform-update" label={x.t('plat.import')} onText={read} />
    </div>
  );
}
