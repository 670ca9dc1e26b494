// The outcome in plain Swedish and English, ready for the review step and the PDF.
import type { Assessment, Camera, Evaluation, Text } from './types';
import type { Traced } from './evaluate';

type Lang = keyof Text;

/** "kamera 1, 2 och 3" when the names are the defaults, otherwise the names themselves. */
export function cameraList(cameras: readonly Camera[], all: readonly Camera[], lang: Lang): string {
  const names = cameras.map((c) => c.name.trim() || `Kamera ${all.indexOf(c) + 1}`);
  const numbers = names.map((n) => /^kamera (\d+)$/i.exec(n)?.[1]);
  const and = lang === 'sv' ? 'och' : 'and';
  const join = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);
  if (numbers.every((n) => n !== undefined)) {
    const word = lang === 'sv' ? 'kamera' : numbers.length > 1 ? 'cameras' : 'camera';
    return `${word} ${join(numbers as string[])}`;
  }
  return join(names);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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

    switch (ev.outcome) {
      case 'blocked':
        out.push(sv ? 'Kamerabevakningen kan inte godkännas som den ser ut nu.' : 'The surveillance cannot be approved as it stands.');
        if (free.length > 0) out.push(sv ? `Du kan besluta om kamerabevakning för ${list(free)}.` : `You may decide on camera surveillance for ${list(free)}.`);
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
            ? 'Du kan inte besluta om den här kamerabevakningen själv. Skicka underlaget till huvudmannen och dataskyddsombudet.'
            : 'You cannot decide on this surveillance alone. Refer the case to the school owner and the data protection officer.',
        );
        for (const cam of byCamera('escalate')) {
          const why = reasonsFor(cam, 'escalate');
          if (why.length > 0) out.push(`${capital(list([cam]))} ${sv ? 'kräver det eftersom' : 'needs this because'} ${why.join(sv ? ' och ' : ' and ')}.`);
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
    for (const cam of blockedCams) {
      const why = reasonsFor(cam, 'block');
      const because = why.length > 0 ? ` ${sv ? 'eftersom' : 'because'} ${why.join(sv ? ' och ' : ' and ')}` : '';
      out.push(`${capital(list([cam]))} ${sv ? 'får inte användas' : 'may not be used'}${because}.`);
    }
    const caseBlocks = traced.filter((t) => t.finding.cameraId === undefined && t.rule.severity === 'block' && !t.rule.leadsTo);
    for (const t of caseBlocks) out.push(t.rule.message[lang]);
    const warnings = traced.filter((t) => t.rule.severity === 'warn' && !a.justifications[t.finding.key]?.trim());
    if (warnings.length > 0 && ev.signoffKind !== null) {
      out.push(
        sv
          ? `Läs ${warnings.length === 1 ? 'varningen' : `de ${warnings.length} varningarna`} och svara på dem innan du skriver under.`
          : `Read the ${warnings.length === 1 ? 'warning' : `${warnings.length} warnings`} and answer them before you sign.`,
      );
    }
    return out;
  };
  return { sv: sentences('sv').join(' '), en: sentences('en').join(' ') };
}
