// The words of discontinuing a service (avveckla): the action, its tasks and their owner and date.
import { defineMessages } from '../../../engine/messages';

export const offboardingUi = defineMessages({
  sv: {
    'off.title': 'Avveckla tjänsten',
    'off.help': 'När skolan slutar använda tjänsten sparas valideringen som underlag, och tre uppgifter skapas för elevernas uppgifter. Ansvarig blir den som är utsedd för avvecklingen i beslutet.',
    'off.action': 'Avveckla tjänsten',
    'off.done': 'Tjänsten är avvecklad sedan {date}.',
    'off.caption': 'Uppgifter vid avvecklingen, med ansvarig och datum',
    'off.task': 'Uppgift',
    'off.owner': 'Ansvarig',
    'off.due': 'Senast',
    'off.finished': 'Klar',
    'off.noOwner': 'Ingen utsedd',
    'off.task.accountsDeleted': 'Elevernas och personalens konton är borttagna',
    'off.task.dataReturned': 'Uppgifterna är exporterade eller återlämnade till skolan',
    'off.task.deletionConfirmed': 'Leverantören har bekräftat att uppgifterna är raderade',
  },
  en: {
    'off.title': 'Discontinue the service',
    'off.help': 'When the school stops using the service, the validation is kept as a record and three tasks are created for the pupils’ data. The owner is the person the decision named for offboarding.',
    'off.action': 'Discontinue the service',
    'off.done': 'The service has been discontinued since {date}.',
    'off.caption': 'Tasks when discontinuing, with owner and date',
    'off.task': 'Task',
    'off.owner': 'Owner',
    'off.due': 'Due',
    'off.finished': 'Done',
    'off.noOwner': 'Nobody named',
    'off.task.accountsDeleted': 'Pupils’ and staff accounts are deleted',
    'off.task.dataReturned': 'The data is exported or returned to the school',
    'off.task.deletionConfirmed': 'The vendor has confirmed the data is deleted',
  },
});
