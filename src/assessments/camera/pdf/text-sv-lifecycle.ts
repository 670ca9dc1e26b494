// Swedish text of the lifecycle parts: the changes since the previous version and the register (förteckning).

export const svLifecycle = {
  changesTitle: 'Ändringar sedan föregående bedömning',
  changesIntro: (version: number, date: string) =>
    date ? `Jämfört med version ${version}, beslutad ${date}.` : `Jämfört med version ${version}.`,
  changesNone: 'Inga ändringar i svaren sedan föregående version.',
  changesCols: ['Steg', 'Vad', 'Före', 'Efter'],
  changeKinds: { added: 'Nytt', removed: 'Borttaget', changed: 'Ändrat' },
  annualReviewTitle: (version: number) => `Årlig omprövning av version ${version}`,
  reviewAnswer: { yes: 'Ja', no: 'Nej', '': 'Inte besvarat' },
  reviewSummary: 'Vad som har ändrats, med rektors ord',
  stepNames: {
    school: 'Skola',
    problem: 'Problem',
    measures: 'Åtgärder',
    cameras: 'Kameror',
    balancing: 'Avvägning',
    data: 'Personuppgifter',
    consultation: 'Samverkan',
    review: 'Granskning',
    decision: 'Beslut',
  },

  registerTitle: 'Förteckning över kamerabevakning',
  registerSubject: 'Förteckning över pågående kamerabevakning och kamerabevakning som avslutats de senaste fem åren',
  registerKeywords: 'kamerabevakning, förteckning, kamerabevakningslagen, IMY',
  registerIntro:
    'Förteckningen omfattar all kamerabevakning som pågår och all kamerabevakning som har avslutats under de senaste fem åren. Den visas för Integritetsskyddsmyndigheten (IMY) på begäran. En rad per kamera; uppgifterna kommer från den senaste undertecknade versionen av varje bedömning.',
  registerRedacted:
    'Kopia för bred spridning: i stället för kamerornas exakta placering anges vilken typ av plats de bevakar (OSL 18 kap. 8 §).',
  registerPrinted: (date: string) => `Utskriven ${date}`,
  registerCount: (n: number) => (n === 1 ? '1 kamera' : `${n} kameror`),
  registerEmpty: 'Ingen kamerabevakning att föra in: det finns ingen undertecknad bedömning som pågår eller har avslutats de senaste fem åren.',
  registerCols: ['Skola', 'Kamera och plats', 'Syfte', 'Tider', 'Lagringstid', 'Start', 'Slut', 'Status', 'Beslut', 'Kontrollkod (SHA-256)'],
  registerVersion: (n: number) => `version ${n}`,
  versionsTitle: 'Undertecknade versioner',
  versionsIntro: 'Varje undertecknad version av bedömningarna i förteckningen, med sin kontrollkod. Ett dokument kan kontrolleras mot kontrollkoden under Verifiera dokument i Kamerabedömning.',
  versionsCols: ['Skola', 'Version', 'Beslutsdatum', 'Diarienummer', 'Undertecknad', 'Kontrollkod (SHA-256)'],
  versionsSigned: (name: string, date: string) => [name, date].filter((s) => s !== '').join(', '),
};
