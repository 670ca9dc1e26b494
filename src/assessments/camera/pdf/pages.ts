// The camera's PDF made again for "Verifiera dokument", with what its kb:render says besides the signed data:
// the policy the outcome was evaluated with, the day it was evaluated for, and the signed version whose
// changes it prints (which must itself be unaltered).
import type { PageRender, PagesAgain } from '../../../engine/kind';
import type { Assessment } from '../domain';
import { defaultPolicy, evaluate, recordFromRawDocument, restore, restorePolicy } from '../domain';
import { renderAssessmentPdf } from './render';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The previous version printed as "changes since" must itself be an unaltered signed version. */
async function previousIntact(raw: unknown): Promise<boolean> {
  if (raw == null) return true;
  const record = await recordFromRawDocument(raw);
  return record !== null && isObject(raw) && isObject(raw.signoff) && raw.signoff.fingerprint === record.fingerprint;
}

export async function pages(document: Assessment, { lang, now, render: r, fonts }: PageRender): Promise<PagesAgain> {
  if (r !== null && !(await previousIntact(r.previous))) return { ok: false, reason: 'previous-broken' };
  const restoredPolicy = r ? restorePolicy(r.policy) : null;
  const policy = restoredPolicy?.ok ? restoredPolicy.value : defaultPolicy;
  const previous = r?.previous != null ? restore(r.previous) : null;
  const evaluatedOn = typeof r?.evaluatedOn === 'string' ? r.evaluatedOn : null;
  const bytes = await renderAssessmentPdf(
    {
      assessment: document,
      lang,
      now,
      policy,
      ...(evaluatedOn !== null ? { evaluation: evaluate(document, policy, evaluatedOn) } : {}),
      ...(previous?.ok ? { previous: previous.value } : {}),
    },
    ...(fonts ? [fonts] : []),
  );
  return { ok: true, bytes };
}
