// The shared fields (src/ui/fields) read the wizard's facts: the value at a path, which answers are missing,
// and `send` for an answer. This bridge gives them those facts from any kind's form, so a kind's questions
// render with the same fields, labels, hints and "Saknas".
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { WizardApi } from '../wizard/context';
import { WizardContext } from '../wizard/context';
import { createFieldDrafts, FieldDraftsContext } from '../wizard/drafts';
import { focusById } from '../wizard/focus';
import { valueAt } from '../fields/paths';
import type { FormApi } from './types';

// A text question names its own limit (QuestionField passes it); this is only for a text the kind's schema
// leaves open, so the box still has a bound the document can hold.
const OPEN_TEXT_LIMIT = 100_000;

export function FieldBridge({ form, announce, children }: { form: FormApi; announce: (text: string) => void; children: ComponentChildren }) {
  const [drafts] = useState(createFieldDrafts);
  const formRef = useRef(form);
  formRef.current = form;
  const api = useMemo((): WizardApi => ({
    // The fields read the findings to show from here since findings wait for focus to leave a text field.
    findings: [],
    send: (event) => {
      if (event.type === 'answer.set') formRef.current.answer(event.path, event.value);
    },
    focusId: (id: string) => window.setTimeout(() => focusById(id), 0),
    goToField: () => undefined,
    goToFinding: () => undefined,
    announce,
    // Gaps are shown per page here, not per step.
    gapsShown: () => form.showGaps,
    textLimit: () => OPEN_TEXT_LIMIT,
    valueAt: (path) => valueAt(form.doc, path),
    isMissing: (path) => form.missing.has(path),
    justificationOf: () => '',
    flushDrafts: drafts.flushAll,
    saveAndExit: () => undefined,
  }), [form.doc, form.missing, form.showGaps, announce, drafts]);
  return (
    <FieldDraftsContext.Provider value={drafts}>
      <WizardContext.Provider value={api}>{children}</WizardContext.Provider>
    </FieldDraftsContext.Provider>
  );
}
