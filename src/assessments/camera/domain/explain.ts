// The outcome in plain Swedish and English, ready for the review step and the PDF.
import type { Assessment, Camera, Evaluation, Text } from './types';
import type { Traced } from './rule-types';

type Lang = keyof Text;
const MAX_LISTED = 10;

/** "kamera 1, 2 och 3" when the names are the defaults, otherwise "kamerorna Entrén och Skolgården". */
export function cameraList(cameras: readonly Camera[], all: readonly Camera[], lang: Lang): string {
  const names = cameras.map((c) => c.name.trim() || `Kamera ${all.indexOf(c) + 1}`);
  const numbers = names.map((n) => /^kamera (\d+)$/i.exec(n)?.[1]);
  const and = lang === 'sv' ? 'och' : 'and';
  const more = lang === 'sv' ? 'till' : 'more';
  // A list of 60 names helps nobody: name the first ten and count the rest.
  const join = (items: string[]) =>
    items.length > MAX_LISTED
      ? `${items.slice(0, MAX_LISTED).join(', ')} ${and} ${items.length - MAX_LISTED} ${more}`
      : items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
  if (numbers.every((n) => n !== undefined)) {
    const word = lang === 'sv' ? 'kamera' : numbers.length > 1 ? 'cameras' : 'camera';
    return `${word} ${join(numbers as string[])}`;
  }
  const noun = lang === 'sv' ? (names.length > 1 ? 'kamerorna' : 'kameran') : names.length > 1 ? 'cameras' : 'camera';
  return `${noun} ${join(names)}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Cameras that share the same reasons, in order, so 50 corridor cameras make one sentence. */
function groupByReason(cameras: Camera[], reasons: (c: Camera) => string[], lang: Lang): [string, Camera[]][] {
  const groups = new Map<string, Camera[]>();
  for (const c of cameras) {
    const key = reasons(c).join(lang === 'sv' ? ' och ' : ' and ');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.entries()];
}

/** Reason clauses are written for one camera ("den filmar", "it films"); several take the plural. */
function agree(reason: string, count: number, lang: Lang): string {
  if (count === 1) return reason;
  if (lang === 'sv') return reason.replace(/\bden\b/g, 'de').replace(/\bdess\b/g, 'deras');
  return reason.replace(/\bit (\w+?)s\b/g, 'they $1').replace(/\bits\b/g, 'their');
}

export function explain(a: Assessment, ev: Evaluation, traced: readonly Traced[]): Text {
  const sentences = (lang: Lang): string[] => {
    const byCamera = (outcome: string) =>
      ev.cameraOutcomes.filter((c) => c.outcome === outcome).map((c) => a.cameras.find((x) => x.id === c.cameraId) as Camera);
    const reasonsFor = (camera: Camera, severity: 'block' | 'escalate' | 'info') =>
      traced
        .filter((t) => t.finding.cameraId === camera.id && t.rule.severity === severity)
        .map((t) => (t.hit.reason ?? t.rule.reason)?.[lang])
        .filter((r): r is string => r !== undefined);
    const list = (cams: Camera[]) => cameraList(cams, a.cameras, lang);
    const sv = lang === 'sv';
    const out: string[] = [];
    const blockedCams = byCamera('blocked');
    const free = byCamera('principal-decides');
    const caseBlocks = traced.filter((t) => t.finding.cameraId === undefined && t.rule.severity === 'block' && !t.rule.leadsTo);

    switch (ev.outcome) {
      case 'blocked':
        out.push(sv ? 'Kamerabevakningen kan inte godkännas som den ser ut nu.' : 'The surveillance cannot be approved as it stands.');
        // Only when nothing blocks the case as a whole can the other cameras go ahead on their own.
        if (free.length > 0 && caseBlocks.length === 0) out.push(sv ? `Du kan besluta om kamerabevakning för ${list(free)}.` : `You may decide on camera surveillance for ${list(free)}.`);
        break;
      case 'try-other-measures': {
        const why = traced.filter((t) => t.rule.leadsTo === 'try-other-measures').map((t) => t.rule.reason?.[lang]).filter(Boolean);
        out.push(
          sv
            ? `Pröva andra åtgärder först, eftersom ${why.join(' och ')}. Du kan spara och fortsätta när du har prövat dem, eller skriva varför de inte går att pröva.`
            : `Try other measures first, because ${why.join(' and ')}. You can save and continue once you have tried them, or write why they cannot be tried.`,
        );
        break;
      }
      case 'incomplete': {
        const first = ev.missing.slice(0, 3).map((m) => m.label[lang].toLowerCase());
        out.push(
          sv
            ? `Bedömningen är inte klar: ${ev.missing.length} ${ev.missing.length === 1 ? 'fråga är obesvarad' : 'frågor är obesvarade'}, bland annat ${first.join(', ')}.`
            : `The assessment is not complete: ${ev.missing.length} ${ev.missing.length === 1 ? 'question is' : 'questions are'} unanswered, including ${first.join(', ')}.`,
        );
        break;
      }
      case 'escalate':
        out.push(
          sv
            ? 'Du kan inte besluta om den här kamerabevakningen själv. Skicka underlaget till huvudmannen, som beslutar efter råd från dataskyddsombudet.'
            : "You cannot decide on this surveillance alone. Refer the case to the school owner, who decides with the data protection officer's advice.",
        );
        for (const [why, cams] of groupByReason(byCamera('escalate'), (c) => reasonsFor(c, 'escalate'), lang)) {
          out.push(`${capital(list(cams))} ${sv ? 'kräver det eftersom' : cams.length > 1 ? 'need this because' : 'needs this because'} ${agree(why, cams.length, lang)}.`);
        }
        break;
      case 'central-review':
        out.push(
          sv
            ? `Förvaltningen ska granska underlaget innan du beslutar, eftersom ${list(byCamera('central-review'))} filmar en plats dit allmänheten har tillträde.`
            : `The administration reviews the case before you decide, because ${list(byCamera('central-review'))} films a place the public has access to.`,
        );
        break;
      case 'principal-decides':
        out.push(sv ? `Du kan besluta om kamerabevakning för ${list(free)}.` : `You may decide on camera surveillance for ${list(free)}.`);
        break;
    }
    for (const [why, cams] of groupByReason(blockedCams, (c) => reasonsFor(c, 'block'), lang)) {
      const because = why !== '' ? ` ${sv ? 'eftersom' : 'because'} ${agree(why, cams.length, lang)}` : '';
      out.push(`${capital(list(cams))} ${sv ? 'får inte användas' : 'may not be used'}${because}.`);
    }
    for (const t of caseBlocks) out.push(t.rule.message[lang]);
    const warnings = traced.filter((t) => t.rule.severity === 'warn' && !a.justifications[t.finding.key]?.trim());
    if (warnings.length > 0 && ev.signoffKind !== null) {
      out.push(
        sv
          ? warnings.length === 1
            ? 'Läs varningen och svara på den innan du skriver under.'
            : `Läs de ${warnings.length} varningarna och svara på dem innan du skriver under.`
          : warnings.length === 1
            ? 'Read the warning and answer it before you sign.'
            : `Read the ${warnings.length} warnings and answer them before you sign.`,
      );
    }
    return out;
  };
  return { sv: sentences('sv').join(' '), en: sentences('en').join(' ') };
}
