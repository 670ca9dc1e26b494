// The public sources the rulebook cites (domain brief, section 8).
import type { Source } from './types';

export const SOURCES = {
  imySchools: {
    title: 'IMY: Kamerabevakning i skolor och förskolor',
    url: 'https://www.imy.se/verksamhet/kamerabevakning/kamerabevakning-pa-olika-omraden/skolor-och-forskolor/',
  },
  imyGuide: {
    title: 'IMY: Bedöma om kamerabevakning är tillåten (steg 3)',
    url: 'https://imy.se/verksamhet/kamerabevakning/bedoma-om-kamerabevakning-ar-tillaten/steg-3',
  },
  imyFacades: {
    title: 'IMY: Får vi kamerabevaka våra fasader?',
    url: 'https://www.imy.se/vanliga-fragor-och-svar/far-vi-kamerabevaka-vara-fasader/',
  },
  imySchoolQa: {
    title: 'IMY: Kamerabevakning i skolor – vägledande frågor och svar (2024)',
    url: 'https://www.imy.se/blogg/kamerabevakning-i-skolor--vagledande-fragor-och-svar/',
  },
  imyAdvice: {
    title: 'IMY: Vägledning vid kamerabevakning',
    url: 'https://www.imy.se/publikationer/vagledning-vid-kamerabevakning2/',
  },
  aspudden: {
    title: 'IMY: Beslut DI-2021-5774, Utbildningsnämnden i Stockholms stad (Aspuddens skola)',
    url: 'https://www.imy.se/tillsyner/utbildningsnamnden-i-stockholms-stad--aspuddens-skola/',
  },
  prop2025: {
    title: 'Prop. 2024/25:93 Ett enklare regelverk för kamerabevakning',
    url: 'https://lagen.nu/prop/2024/25:93',
  },
  hfd2012: {
    title: 'HFD 2012 ref. 16 (Tensta gymnasium)',
    url: 'https://lagen.nu/dom/hfd/2012:16',
  },
  kungalv: {
    title: 'IMY: Tillsyn Kungälvs kommun (pixelering)',
    url: 'https://www.imy.se/tillsyner/kungalvs-kommun/',
  },
  placementDrawings: {
    title: 'JP Infonet: Ritningar över skolas kameraplaceringar omfattas av sekretess (2024)',
    url: 'https://www.jpinfonet.se/kunskap/nyheter4/2024/mars/ritningar-over-skolas-kameraplaceringar-omfattas-av-sekretess/',
  },
  // Added 2026-12 (domain brief, section 8).
  aiAct: {
    title: 'Förordning (EU) 2024/1689 (AI-förordningen), artikel 5.1 f och g',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  },
  edpbVideo: {
    title: 'EDPB Guidelines 3/2019 on processing of personal data through video devices (v2.0, 2020)',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-32019-processing-personal-data-through-video_en',
  },
  imyStorage: {
    title: 'IMY: Lagringstid och behörighet',
    url: 'https://www.imy.se/verksamhet/kamerabevakning/lagringstid-och-behorighet/',
  },
  imyChecklist: {
    title: 'IMY: Ansök om tillstånd för kamerabevakning (checklista och mall för incidenter)',
    url: 'https://www.imy.se/verksamhet/utfora-arenden/ansok-om-tillstand-for-kamerabevakning/',
  },
  gdprDpo: {
    title: 'GDPR (EU) 2016/679 artikel 35.2 och 39: dataskyddsombudet ger råd',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  policy: {
    title: 'Organisationens policy (förvalt: Stockholms stads anvisningar, Utbildningsförvaltningen 2024)',
    url: '',
  },
} as const satisfies Record<string, Source>;
