import { defineMessages } from '../../../engine/messages';

export const pdfUi = defineMessages({
  sv: {
    'pdf.title': 'PDF-dokument',
    'pdf.help': 'Dokumentet skapas här på datorn och fungerar utan internet.',
    'pdf.lang': 'Dokumentets språk',
    'pdf.omitPlacement': 'Utelämna exakta placeringar (kopia för spridning)',
    'pdf.omitPlacement.help': 'Placeringsritningar och exakta placeringar kan omfattas av sekretess (OSL 18 kap. 8 §). Kopian kan inte läsas in igen i appen.',
    'pdf.download': 'Ladda ned PDF',
    'pdf.making': 'Skapar PDF-dokumentet …',
    'pdf.done': 'PDF-dokumentet {file} har laddats ned.',
    'pdf.failed': 'PDF-dokumentet kunde inte skapas: {error}',
    'pdf.failedOffline': 'PDF-verktyget kunde inte laddas. Öppna appen en gång med internet så att den sparas för användning offline, och försök igen.',
    'pdf.draftNote': 'Bedömningen är inte signerad: dokumentet märks som utkast.',
  },
  en: {
    'pdf.title': 'PDF document',
    'pdf.help': 'The document is made here on the computer and works without the internet.',
    'pdf.lang': 'Language of the document',
    'pdf.omitPlacement': 'Leave out exact placements (copy for distribution)',
    'pdf.omitPlacement.help': 'Placement drawings and exact placements may be secret (OSL 18:8). The copy cannot be imported into the app again.',
    'pdf.download': 'Download PDF',
    'pdf.making': 'Making the PDF document …',
    'pdf.done': 'The PDF document {file} was downloaded.',
    'pdf.failed': 'The PDF document could not be made: {error}',
    'pdf.failedOffline': 'The PDF tool could not be loaded. Open the app once with the internet so it is stored for offline use, and try again.',
    'pdf.draftNote': 'The assessment is not signed: the document is marked as a draft.',
  },
});
