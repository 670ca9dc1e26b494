// The words of reusing a platform validation: exporting it, a school starting from it, and the flag a newer
// version of it sets. Plain Swedish, "du"; English typed against it.
import { defineMessages } from '../../../engine/messages';

export const platformUi = defineMessages({
  sv: {
    'plat.title': 'Plattformsvalidering',
    'plat.startHelp': 'Bygger tjänsten på en plattform som förvaltningen redan har validerat? Utgå från förvaltningens fil. Då tas dess svar om leverantör, avtal, lagring, säkerhet och konsekvensbedömning över, och du svarar bara på det som gäller din skola.',
    'plat.start': 'Utgå från en plattformsvalidering',
    'plat.startAgain': 'Utgå från en ny version av plattformsvalideringen',
    'plat.started': 'Valideringen bygger nu på plattformsvalideringen {title}.',
    'plat.source': 'Bygger på plattformsvalideringen {title} från {organisation}, beslutad {date}. Inläst {imported}.',
    'plat.undecided': 'inte beslutad',
    'plat.inherited': 'Från plattformsvalideringen',
    'plat.inheritedHelp': 'De här svaren kommer från {title} ({organisation}, {date}) och kan bara ändras av förvaltningen.',
    'plat.export': 'Exportera som plattformsvalidering',
    'plat.exportHelp': 'Spara valideringen som en fil som skolorna kan utgå från. Skolorna tar över svaren om leverantör, avtal, lagring, säkerhet och konsekvensbedömning.',
    'plat.needsReview': 'Behöver granskas',
    'plat.needsReviewText': 'Det finns en nyare version av plattformsvalideringen {title} (inläst {since}). Utgå från den nya versionen och granska valideringen igen.',
    'plat.import': 'Läs in en ny version av en plattformsvalidering',
    'plat.importHelp': 'Valideringar som bygger på en äldre version av samma plattformsvalidering markeras "Behöver granskas".',
    'plat.imported': '{title}: {count} valideringar behöver granskas.',
    'plat.noOrg': 'förvaltningen',
  },
  en: {
    'plat.title': 'Platform validation',
    'plat.startHelp': 'Is the service part of a platform the administration has already validated? Start from its file. Its answers on vendor, contract, storage, security and impact assessment are taken over, and you answer only what concerns your school.',
    'plat.start': 'Start from a platform validation',
    'plat.startAgain': 'Start from a new version of the platform validation',
    'plat.started': 'The validation now builds on the platform validation {title}.',
    'plat.source': 'Builds on the platform validation {title} from {organisation}, decided {date}. Read {imported}.',
    'plat.undecided': 'not decided',
    'plat.inherited': 'From the platform validation',
    'plat.inheritedHelp': 'These answers come from {title} ({organisation}, {date}) and only the administration can change them.',
    'plat.export': 'Export as platform validation',
    'plat.exportHelp': 'Save the validation as a file schools can start from. Schools take over the answers on vendor, contract, storage, security and impact assessment.',
    'plat.needsReview': 'Needs review',
    'plat.needsReviewText': 'There is a newer version of the platform validation {title} (read {since}). Start from the new version and review the validation again.',
    'plat.import': 'Read a new version of a platform validation',
    'plat.importHelp': 'Validations built on an older version of the same platform validation are marked "Needs review".',
    'plat.imported': '{title}: {count} validations need review.',
    'plat.noOrg': 'the administration',
  },
});
