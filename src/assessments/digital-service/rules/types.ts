// What a rule is here: data naming the predicates that must all hold, so the rulebook can be listed,
// documented and tested one rule at a time. Message keys are derived: `digital-service.rule.<id>`.
import type { Severity } from '../../../engine/kind';
import type { PredicateName } from '../predicates';

export type { Severity };

export interface Rule {
  /** Stable forever: conditions, justifications and archived PDFs refer to it. */
  id: string;
  severity: Severity;
  /** Every named predicate must hold for the rule to fire. */
  when: readonly PredicateName[];
  /** Dotted path of the answer that fixes it. */
  field: string;
  /** Short citation, e.g. "GDPR 28(3); DI Salem". */
  source: string;
  url: string;
  /** 'YYYY-MM-DD' the source was last checked. */
  checked: string;
  /** What could not be verified; such a rule is shown as guidance, never as law. */
  unverified?: string;
  /** An outcome other than the severity's own (DS-H10 → dpia-first). */
  leadsTo?: 'dpia-first';
}

export const CHECKED = '2026-12-04';

export const URL = {
  gdpr: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  aiAct: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  dsl: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2018218-med-kompletterande-bestammelser_sfs-2018-218/',
  skollagen: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/skollag-2010800_sfs-2010-800/',
  arkivlagen: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/arkivlag-1990782_sfs-1990-782/',
  cyber: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/cybersakerhetslag-20251506_sfs-2025-1506/',
  imyOstersund: 'https://www.imy.se/tillsyner/barn--och-utbildningsnamnden-ostersunds-kommun/',
  imySkolplattformen: 'https://www.imy.se/tillsyner/utbildningsnamnden-i-stockholms-stad/',
  imySkelleftea: 'https://www.imy.se/tillsyner/gymnasienamnden-i-skelleftea-kommun/',
  latombe: 'https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng',
  dkChromebook: 'https://www.datatilsynet.dk/afgoerelser/afgoerelser/2024/jan/datatilsynet-giver-paabud-i-chromebook-sag',
  frederiksberg: 'https://sammenomloefterne.frederiksberg.dk/undervisning-og-fritid/undervisning-med-it/godkendelse-af-apps',
  oslo: 'https://aktuelt.osloskolen.no/larerik-bruk-av-laringsteknologi/informasjonssikkerhet-og-personvern/personvern/',
  noDatatilsynet: 'https://www.datatilsynet.no/aktuelt/aktuelle-nyheter-2025/tilsyn-med-skolesektoren-i-kommunene',
  sivon: 'https://sivon.nl/alles-over-de-dpias-op-google-workspace-chromeos/',
  esam: 'https://www.esamverka.se/vad-vi-gor/molnfragan.html',
} as const;

/** A rule of one severity, checked on the rulebook's date. */
export const ruleOf =
  (severity: Severity) =>
  (id: string, when: Rule['when'], field: string, source: string, url: string, extra: Partial<Rule> = {}): Rule => ({
    id, severity, when, field, source, url, checked: CHECKED, ...extra,
  });
