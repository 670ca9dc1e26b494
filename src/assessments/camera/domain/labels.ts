// Plain-word names of the fields, so a problem or a missing answer can say which question it means.
import type { Text } from './types';
import { t } from './rule-helpers';


const person = (base: string, whose: Text): Record<string, Text> => ({
  [`${base}.name`]: t(`${whose.sv} namn`, `${whose.en} name`),
  [`${base}.title`]: t(`${whose.sv} titel`, `${whose.en} title`),
  [`${base}.email`]: t(`${whose.sv} e-post`, `${whose.en} email`),
  [`${base}.phone`]: t(`${whose.sv} telefon`, `${whose.en} phone`),
});

/** Field templates ('*' for a list index) and what a principal calls them. */
const LABELS: Record<string, Text> = {
  format: t('filtyp', 'file type'),
  schemaVersion: t('formatversion', 'format version'),
  id: t('id', 'id'),
  version: t('versionsnummer', 'version number'),
  previousVersionId: t('föregående version', 'previous version'),
  createdAt: t('skapad', 'created'),
  updatedAt: t('senast ändrad', 'last changed'),
  revision: t('sparnummer', 'save number'),
  step: t('steg', 'step'),
  'school.ownerType': t('typ av huvudman (kommunal eller fristående)', 'type of school owner (municipal or independent)'),
  'school.ownerName': t('huvudmannens namn', "school owner's name"),
  'school.schoolName': t('skolans namn', "school's name"),
  'school.unitCode': t('skolenhetskod', 'school unit code'),
  'school.youngestPupilAge': t('de yngsta elevernas ålder', "youngest pupils' age"),
  'school.schoolDay.from': t('när skoldagen börjar', 'when the school day starts'),
  'school.schoolDay.to': t('när skoldagen slutar', 'when the school day ends'),
  ...person('school.principal', t('rektorns', "principal's")),
  ...person('school.cameraPerson', t('kameraansvarigs', "camera person's")),
  ...person('school.dpo', t('dataskyddsombudets', "data protection officer's")),
  'school.decisionDate': t('beslutsdatum', 'decision date'),
  'school.plannedStart': t('planerad start', 'planned start'),
  'problem.description': t('beskrivning av problemet', 'description of the problem'),
  'problem.purpose': t('syftet med kamerabevakningen', 'purpose of the surveillance'),
  'problem.incidents': t('dokumenterade händelser', 'documented incidents'),
  'problem.incidents.*.id': t('id', 'id'),
  'problem.incidents.*.date': t('datum', 'date'),
  'problem.incidents.*.time': t('klockslag', 'time'),
  'problem.incidents.*.place': t('plats', 'place'),
  'problem.incidents.*.type': t('typ av händelse', 'type of incident'),
  'problem.incidents.*.description': t('beskrivning', 'description'),
  'problem.incidents.*.policeReportNumber': t('polisanmälans nummer', 'police report number'),
  'problem.incidents.*.costSek': t('kostnad i kronor', 'cost in SEK'),
  'problem.needReasoning': t('varför bevakning behövs trots få dokumenterade händelser', 'why surveillance is needed despite few documented incidents'),
  'measures.items': t('andra åtgärder', 'other measures'),
  'measures.items.*.id': t('id', 'id'),
  'measures.items.*.kind': t('typ av åtgärd', 'kind of measure'),
  'measures.items.*.description': t('beskrivning', 'description'),
  'measures.items.*.tried': t('om åtgärden har prövats', 'whether the measure was tried'),
  'measures.items.*.when': t('när den prövades', 'when it was tried'),
  'measures.items.*.result': t('resultat', 'result'),
  'measures.items.*.whyInsufficient': t('varför den inte räckte', 'why it was not enough'),
  'measures.items.*.whyNotPossible': t('varför den inte kan prövas', 'why it cannot be tried'),
  'measures.noneReason': t('varför ingen annan åtgärd kan prövas', 'why no other measure can be tried'),
  cameras: t('kameror', 'cameras'),
  'cameras.*.id': t('id', 'id'),
  'cameras.*.name': t('namn', 'name'),
  'cameras.*.location': t('placering', 'location'),
  'cameras.*.placement': t('inomhus eller utomhus', 'indoor or outdoor'),
  'cameras.*.areaKind': t('typ av område', 'kind of area'),
  'cameras.*.publicAccess': t('om allmänheten har tillträde', 'whether the public has access'),
  'cameras.*.publicAccessReasoning': t('motivering till allmänhetens tillträde', 'reasoning on public access'),
  'cameras.*.fieldOfView': t('upptagningsområde', 'field of view'),
  'cameras.*.limitedToFacadePlus2m': t('begränsad till fasaden plus 2 meter', 'limited to the facade plus 2 metres'),
  'cameras.*.coversIncidentSpots': t('om händelserna skett inom bilden', 'whether the incidents happened in view'),
  'cameras.*.mount': t('fast eller rörlig', 'fixed or movable'),
  'cameras.*.zoom': t('zoom', 'zoom'),
  'cameras.*.masking': t('maskering', 'masking'),
  'cameras.*.maskingDescription': t('beskrivning av maskeringen', 'description of the masking'),
  'cameras.*.hours': t('tider', 'hours'),
  'cameras.*.hours.preset': t('val av tider', 'choice of hours'),
  'cameras.*.hours.windows': t('tidsfönster', 'time windows'),
  'cameras.*.hours.windows.*.days': t('dagar', 'days'),
  'cameras.*.hours.windows.*.from': t('från klockan', 'from'),
  'cameras.*.hours.windows.*.to': t('till klockan', 'to'),
  'cameras.*.hours.holidaysAsWeekend': t('helgdagar som helg', 'holidays as weekends'),
  'cameras.*.mode': t('inspelning eller direktövervakning', 'recording or live viewing'),
  'cameras.*.liveViewers': t('vem som tittar i realtid', 'who watches live'),
  'cameras.*.monitorLocation': t('var skärmen finns', 'where the monitor is'),
  'cameras.*.sound': t('ljudupptagning', 'sound recording'),
  'cameras.*.biometrics': t('ansiktsigenkänning eller annan biometri', 'facial recognition or other biometrics'),
  'cameras.*.subjects': t('vilka som filmas', 'who is filmed'),
  'cameras.*.publicArea.othersPresent': t('vilka andra som vistas där', 'who else is there'),
  'cameras.*.publicArea.othersWhen': t('när andra vistas där', 'when others are there'),
  'cameras.*.nonPublicArea.proportionality': t('lokal proportionalitetsbedömning', 'local proportionality assessment'),
  'cameras.*.nonPublicArea.annualReviewPlanned': t('årlig omprövning planerad', 'annual review planned'),
  'cameras.*.endedOn': t('avslutad', 'ended'),
  'balancing.interest': t('skolans intresse av bevakningen', "the school's interest in surveillance"),
  'balancing.intrusion': t('intrånget i den personliga integriteten', 'the intrusion on privacy'),
  'balancing.mitigations': t('åtgärder som minskar intrånget', 'measures that reduce the intrusion'),
  'balancing.reasoning': t('din avvägning', 'your balancing'),
  'data.legalBasis': t('rättslig grund', 'legal basis'),
  'data.legalBasisConfirmedByDpo': t('rättslig grund bekräftad av dataskyddsombudet', 'legal basis confirmed by the DPO'),
  'data.retentionHours': t('lagringstid i timmar', 'retention in hours'),
  'data.autoDelete': t('automatisk radering', 'automatic deletion'),
  'data.incidentClipRoutine': t('rutin för att spara filmklipp efter en händelse', 'routine for keeping a clip after an incident'),
  'data.accessRoles': t('vilka som får se inspelningarna', 'who may see the footage'),
  'data.accessRoles.*.id': t('id', 'id'),
  'data.accessRoles.*.role': t('roll', 'role'),
  'data.accessRoles.*.rights': t('behörighet', 'rights'),
  'data.accessLog': t('logg över vem som tittat', 'access log'),
  'data.policeDisclosure': t('utlämnande till polisen', 'disclosure to the police'),
  'data.processorUsed': t('personuppgiftsbiträde', 'data processor'),
  'data.processorName': t('personuppgiftsbiträdets namn', "processor's name"),
  'data.processorAgreement': t('personuppgiftsbiträdesavtal', 'data processing agreement'),
  'data.storage': t('var inspelningarna lagras', 'where footage is stored'),
  'data.storageInEuEea': t('lagring inom EU/EES', 'storage in the EU/EEA'),
  'data.transferBasis': t('grund för överföring utanför EU/EES', 'basis for transfer outside the EU/EEA'),
  'data.placementDrawingsShared': t('ritningar över kameraplacering i spridda dokument', 'placement drawings in widely shared documents'),
  'consultation.unionForm': t('MBL-förhandling eller samverkan', 'union negotiation or co-operation'),
  'consultation.unionDate': t('datum för MBL-förhandling eller samverkan', 'date of union negotiation or co-operation'),
  'consultation.safetyRepresentativeConsulted': t('skyddsombud tillfrågat', 'safety representative consulted'),
  'consultation.pupilsInformed': t('information till eleverna', 'information to pupils'),
  'consultation.guardiansInformed': t('information till vårdnadshavarna', 'information to guardians'),
  'consultation.staffInformed': t('information till personalen', 'information to staff'),
  'consultation.informationForChildren': t('information skriven för barn', 'information written for children'),
  'consultation.signage': t('skyltar om kamerabevakning', 'surveillance signs'),
  'consultation.signageDescription': t('beskrivning av skyltarna', 'description of the signs'),
  'consultation.art13Where': t('var den fullständiga informationen finns', 'where the full information is published'),
  'consultation.art13Text': t('den fullständiga informationen', 'the full information text'),
  'consultation.dpiaDone': t('konsekvensbedömning gjord', 'DPIA done'),
  'consultation.dpiaReference': t('hänvisning till konsekvensbedömningen', 'reference to the DPIA'),
  'consultation.dpiaNoneReason': t('skäl till att ingen konsekvensbedömning behövs', 'reason no DPIA is needed'),
  'consultation.dpoAdviceDate': t('datum för dataskyddsombudets råd', "date of the DPO's advice"),
  'consultation.dpoAdvice': t('dataskyddsombudets råd', "the DPO's advice"),
  'decision.cameraDecisions': t('beslut per kamera', 'decision per camera'),
  'decision.cameraDecisions.*.cameraId': t('kamera', 'camera'),
  'decision.cameraDecisions.*.verdict': t('beslut', 'decision'),
  'decision.cameraDecisions.*.reason': t('skäl', 'reason'),
  'decision.overallReason': t('motivering till beslutet', 'reasons for the decision'),
  'decision.nextReviewDate': t('datum för nästa omprövning', 'next review date'),
  'decision.registryNumber': t('diarienummer', 'registry number'),
  justifications: t('svar på varningar', 'answers to warnings'),
  annualReview: t('årlig omprövning', 'annual review'),
  'annualReview.reviewOf': t('omprövad bedömning', 'assessment reviewed'),
  'annualReview.reviewOf.previousId': t('föregående bedömning', 'previous assessment'),
  'annualReview.reviewOf.previousVersion': t('föregående version', 'previous version'),
  'annualReview.reviewOf.previousDecisionDate': t('föregående beslutsdatum', 'previous decision date'),
  'annualReview.incidentsSince': t('incidenter sedan förra beslutet', 'incidents since the last decision'),
  'annualReview.stillNeeded': t('kamerorna behövs fortfarande', 'cameras still needed'),
  'annualReview.measuresNowSuffice': t('andra åtgärder räcker nu', 'other measures now suffice'),
  'annualReview.changesSummary': t('vad har ändrats', 'what has changed'),
  signoff: t('underskrift', 'signature'),
  'signoff.kind': t('vad underskriften gäller', 'what the signature attests'),
  'signoff.name': t('namn', 'name'),
  'signoff.title': t('titel', 'title'),
  'signoff.place': t('ort', 'place'),
  'signoff.date': t('datum', 'date'),
  'signoff.attested': t('intygat', 'attested'),
  'signoff.signature': t('namnteckning', 'signature'),
  'signoff.signature.type': t('ritad eller skriven', 'drawn or typed'),
  'signoff.signature.image': t('ritad namnteckning', 'drawn signature'),
  'signoff.signature.typedName': t('skrivet namn', 'typed name'),
  'signoff.signedAt': t('tidpunkt för underskrift', 'time of signing'),
  'signoff.fingerprint': t('kontrollkod (SHA-256)', 'fingerprint (SHA-256)'),
  laterDecision: t('senare beslut', 'later decision'),
  'laterDecision.by': t('beslutat av förvaltningen eller huvudmannen', 'decided by the administration or the owner'),
  'laterDecision.result': t('beslut', 'result'),
  'laterDecision.date': t('datum', 'date'),
  'laterDecision.reference': t('diarienummer', 'reference'),
  'laterDecision.decidedBy': t('beslutsfattare', 'decided by'),
  endedOn: t('bevakningen avslutad', 'surveillance ended'),
  extra: t('okända fält', 'unknown fields'),
};

/** How one item of a list is called, by the list's template. */
const ITEMS: Record<string, (n: number) => Text> = {
  cameras: (n) => t(`Kamera ${n}`, `Camera ${n}`),
  'problem.incidents': (n) => t(`Händelse ${n}`, `Incident ${n}`),
  'measures.items': (n) => t(`Åtgärd ${n}`, `Measure ${n}`),
  'data.accessRoles': (n) => t(`Behörighet ${n}`, `Access role ${n}`),
  'cameras.*.hours.windows': (n) => t(`tidsfönster ${n}`, `time window ${n}`),
  'decision.cameraDecisions': (n) => t(`Beslut ${n}`, `Decision ${n}`),
};

/** Turns 'cameras.2.sound' into 'cameras.*.sound'. */
export const templateOf = (path: string): string =>
  path
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? '*' : s))
    .join('.');

/** 'cameras.2.sound' → "Kamera 3: ljudupptagning"; an unknown path is shown as it is. */
export function fieldLabel(path: string): Text {
  const segments = path === '' ? [] : path.split('.');
  const prefix: Text[] = [];
  const template: string[] = [];
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) {
      const item = ITEMS[template.join('.')];
      if (item) prefix.push(item(Number(segment) + 1));
      template.push('*');
    } else template.push(segment);
  }
  const leaf = LABELS[template.join('.')] ?? (prefix.length > 0 && template.at(-1) === '*' ? null : t(path, path));
  const parts = leaf ? [...prefix, leaf] : prefix;
  const join = (lang: keyof Text) => {
    const [first, ...rest] = parts.map((p) => p[lang]);
    return [first ?? '', rest.join(', ')].filter((s) => s !== '').join(': ');
  };
  return { sv: capitalise(join('sv')), en: capitalise(join('en')) };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
