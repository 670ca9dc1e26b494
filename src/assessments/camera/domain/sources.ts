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
  policy: {
    title: 'Organisationens policy (förvalt: Stockholms stads anvisningar, Utbildningsförvaltningen 2024)',
    url: '',
  },
} as const satisfies Record<string, Source>;
