// What home shows of the validations without knowing the kind: how many there are, where the register is,
// and which approved services are due for their yearly re-validation within 30 days or overdue.
import type { DueEntry, KindHome, Lang, StoredDocument } from '../../engine/kind';
import { nextRevalidation, revalidationStatus, successors } from './lifecycle';
import { parseDocument } from './schema';

/**
 * Due soon or overdue, overdue first, then by date; a decision replaced by a decided newer version is not due.
 * Read from the documents, not the stored summaries: a row written before imports stored summaries has none.
 */
export function dueServices(records: readonly StoredDocument[], today: string): DueEntry[] {
  const items = records.flatMap((r) => {
    const parsed = parseDocument(r.doc);
    return parsed.ok ? [{ doc: parsed.doc, decidedOn: r.decidedOn }] : [];
  });
  const newer = successors(items);
  return items
    .filter((i) => (newer.get(i.doc.id)?.decidedOn ?? null) === null)
    .flatMap(({ doc, decidedOn }): DueEntry[] => {
      const status = revalidationStatus(doc, decidedOn, today);
      return status === 'not-due' ? [] : [{ id: doc.id, title: doc.service.name, date: nextRevalidation(doc, decidedOn), status }];
    })
    .sort((a, b) => (a.status === b.status ? a.date.localeCompare(b.date) : a.status === 'overdue' ? -1 : 1));
}

const plural = (count: number, lang: Lang, sv: [string, string], en: [string, string]) =>
  (lang === 'sv' ? sv : en)[count === 1 ? 0 : 1].replace('{count}', String(count));

export const serviceHome: KindHome = {
  title: { sv: 'Digitala tjänster', en: 'Digital services' },
  count: (count, lang) =>
    plural(count, lang, ['Du har en validering av en digital tjänst.', 'Du har {count} valideringar av digitala tjänster.'],
      ['You have one validation of a digital service.', 'You have {count} validations of digital services.']),
  list: { href: '#/tjanster', text: { sv: 'Öppna tjänsteförteckningen', en: 'Open the service register' } },
  open: (id) => `#/service/${encodeURIComponent(id)}/step/review`,
  due: {
    title: (count, lang) =>
      plural(count, lang, ['En digital tjänst ska omvalideras', '{count} digitala tjänster ska omvalideras'],
        ['One digital service is due for re-validation', '{count} digital services are due for re-validation']),
    body: {
      sv: 'Ett godkännande gäller ett år i taget. Öppna valideringen och välj Starta omvalidering.',
      en: 'An approval holds for a year at a time. Open the validation and choose Start re-validation.',
    },
    dateLabel: { sv: 'Nästa omvalidering', en: 'Next re-validation' },
  },
  dueOf: dueServices,
};
