// One difference between two versions as a sentence a principal (and a screen reader) reads in one go:
// words, not arrows or strike-through.
import type { Change, Lang } from '../../domain';
import type { Translate } from '../../../../ui/i18n';

export function changeText(c: Change, lang: Lang, t: Translate): string {
  const label = c.label[lang];
  if (c.kind === 'added') return t('lifecycle.change.added', { label, after: c.after?.[lang] ?? '–' });
  if (c.kind === 'removed') return t('lifecycle.change.removed', { label, before: c.before?.[lang] ?? '–' });
  return t('lifecycle.change.changed', { label, before: c.before?.[lang] ?? '–', after: c.after?.[lang] ?? '–' });
}
