// The generic fields (src/ui/fields) were written for the camera wizard and read its context: the value at
// a path, which answers are missing, and `send` for an answer. This bridge gives them that context from
// any kind's form, so a kind's questions render with the same fields, labels, hints and "Saknas".
import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { WizardApi } from '../wizard/context';
import { WizardContext } from '../wizard/context';
import { focusById } from '../wizard/focus';
import type { FormApi } from './types';

// A text question names its own limit (QuestionField passes it); this is only for a text the kind's schema
// leaves open, so the box still has a bound the document can hold.
const OPEN_TEXT_LIMIT = 100_000;
const NO_GAPS = new Set<string>();

export function FieldBridge({ form, announce, children }: { form: FormApi; announce: (text: string) => void; children: ComponentChildren }) {
  const drafts = useRef(new Set<() => void>());
  const registerDraft = useCallback((flush: () => void) => {
    drafts.current.add(flush);
    return () => {
      drafts.current.delete(flush);
    };
  }, []);
  const formRef = useRef(form);
  formRef.current = form;
  const api = useMemo(() => {
    const snapshot = {
      context: {
        assessment: form.doc,
        evaluation: { findings: [], missing: [...form.missing].map((field) => ({ field })) },
      },
    };
    const bridge = {
      snapshot,
      // The fields read the findings to show from here since findings wait for focus to leave a text field.
      findings: [],
      send: (event: { type: string; path?: string; value?: unknown }) => {
        if (event.type === 'answer.set' && typeof event.path === 'string') formRef.current.answer(event.path, event.value);
      },
      focusId: (id: string) => window.setTimeout(() => focusById(id), 0),
      goToField: () => undefined,
      announce,
      // Gaps are shown per page here, not per step.
      showGaps: NO_GAPS,
      revealGaps: () => undefined,
      gapsShown: () => form.showGaps,
      textLimit: () => OPEN_TEXT_LIMIT,
      latest: () => snapshot,
      flushDrafts: () => drafts.current.forEach((f) => f()),
      saveAndExit: () => undefined,
      registerDraft,
    };
    // The fields read only the members above; the camera machine's full snapshot type does not apply here.
    return bridge as unknown as WizardApi;
  }, [form.doc, form.missing, form.showGaps, announce, registerDraft]);
  return <WizardContext.Provider value={api}>{children}</WizardContext.Provider>;
}
