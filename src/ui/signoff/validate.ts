// What the sign-off form needs before it is sent (DOM-free). The machine checks the same again.
import { normalizeDate } from '../fields/formats';
import type { MessageKey } from '../i18n';

export interface SignoffForm {
  name: string;
  title: string;
  place: string;
  date: string;
  attested: boolean;
  method: 'drawn' | 'typed';
  image: string;
  typedName: string;
}

export interface SignoffProblem {
  field: 'name' | 'date' | 'attested' | 'signature';
  message: MessageKey;
}

export function signoffProblems(form: SignoffForm): SignoffProblem[] {
  const problems: SignoffProblem[] = [];
  if (form.name.trim() === '') problems.push({ field: 'name', message: 'sign.error.name' });
  if (normalizeDate(form.date) === null) problems.push({ field: 'date', message: 'sign.error.date' });
  if (!form.attested) problems.push({ field: 'attested', message: 'sign.error.attested' });
  const signature = form.method === 'drawn' ? form.image : form.typedName;
  if (signature.trim() === '') problems.push({ field: 'signature', message: form.method === 'drawn' ? 'sign.error.drawn' : 'sign.error.typed' });
  return problems;
}
