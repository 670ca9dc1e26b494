// The outcomes' names in both languages, on their own: the kind's contract names an outcome in either language at
// once (home's cards, the batch checker, a verified document), so these few words come with the kind, not with
// its catalogue (sv.ts, en.ts), which arrives one language at a time with the pages that speak it.
import { defineMessages } from '../../../engine/messages';

export const outcomeNames = defineMessages({
  sv: {
    'blocked.name': 'Kan inte godkännas',
    'dpia-first.name': 'Konsekvensbedömning krävs först',
    'incomplete.name': 'Ofullständig',
    'escalate.name': 'Skickas till förvaltningen',
    'escalate.nameOwner': 'Skickas till huvudmannen',
    'approve-with-conditions.name': 'Kan godkännas med villkor',
    'approve.name': 'Kan godkännas',
  },
  en: {
    'blocked.name': 'Cannot be approved',
    'dpia-first.name': 'Impact assessment needed first',
    'incomplete.name': 'Incomplete',
    'escalate.name': 'Sent to the administration',
    'escalate.nameOwner': 'Sent to the school owner',
    'approve-with-conditions.name': 'Can be approved with conditions',
    'approve.name': 'Can be approved',
  },
});
