// The assessment after the decision page: every answer that applies, by step, generated from the question
// definition (so a new question is printed without touching this file), the findings with rule id,
// severity, source and date checked ("Ej verifierad" where the source could not be confirmed), and the
// questions still unanswered.
import { fields, table, type Column } from '../../../pdf/table';
import { COLOR, SIZE } from '../../../pdf/theme';
import { questionsOf } from '../../../engine/questions/walk';
import { predicates } from '../predicates';
import { stepList } from '../questions';
import { rulebook } from '../rules';
import { CHECKED } from '../rules/types';
import { answerText } from '../ui/answerText';
import { type DsContext, EMPTY } from './context';

const ORDER = ['block', 'escalate', 'warn', 'info'] as const;

export function answersSection(c: DsContext): void {
  const { flow, t, words, doc } = c;
  flow.heading(t.answers, 2);
  const visits = [...questionsOf(stepList, doc, predicates, c.ctx)];
  for (const step of stepList) {
    const pairs: [string, string][] = visits
      .filter((v) => v.step === step.id && v.applies && v.path === v.template)
      .map((v) => [words.label(v.template), answerText(c.words, v.question, v.value)]);
    if (pairs.length === 0) continue;
    flow.heading(words.step(step.id), 3);
    fields(flow, pairs, t.continued(words.step(step.id)));
  }
}

const FINDING_COLUMNS = (c: DsContext): Column[] => [
  { header: c.t.ruleCol, width: 0.22 },
  { header: c.t.severityCol, width: 0.14 },
  { header: c.t.messageCol, width: 0.4 },
  { header: c.t.sourceCol, width: 0.24 },
];

export function findingsSection(c: DsContext): void {
  const { flow, t, words, ev } = c;
  flow.heading(t.findings, 2);
  if (ev.findings.length === 0) flow.paragraph(t.noFindings);
  else {
    const sorted = [...ev.findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
    const rows = sorted.map((f) => {
      const rule = rulebook.find((r) => r.id === f.ruleId);
      const severity = words.t(`sev.${f.severity}`) + (f.unverified ? `\n${words.t('unverified')}` : '');
      return [f.ruleId, severity, words.k(`rule.${f.ruleId}`), rule ? `${rule.source}, ${rule.checked}` : EMPTY];
    });
    table(flow, FINDING_COLUMNS(c), rows);
  }
  if (ev.missing.length > 0) {
    flow.heading(t.missing(ev.missing.length), 3);
    for (const m of ev.missing) flow.bullet(`${words.label(m.template)}${m.rules.length > 0 ? ` (${m.rules.join(', ')})` : ''}`);
  }
  flow.paragraph(t.rulebook(CHECKED), { size: SIZE.small, color: COLOR.muted }, 0, 2);
}
