// Findings at the right moment: what arises in the text field being typed in waits until focus leaves it.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/assessments/camera/domain';
import { fieldId } from '../../../../src/ui/fields/paths';
import { shownFindings } from '../../../../src/ui/findings/logic';

const finding = (key: string, field: string): Finding => ({ key, field, severity: 'warn' }) as unknown as Finding;

describe('findings held back while typing', () => {
  const old = finding('old', 'problem.purpose');
  const fresh = finding('fresh', 'problem.purpose');
  const elsewhere = finding('other', 'problem.description');

  it('shows everything when no field is held', () => {
    expect(shownFindings([old, fresh, elsewhere], new Map(), fieldId)).toEqual([old, fresh, elsewhere]);
  });

  it('keeps what the field had when it took focus, hides what arose since, and leaves other fields alone', () => {
    const held = new Map([[fieldId('problem.purpose'), new Set(['old'])]]);
    expect(shownFindings([old, fresh, elsewhere], held, fieldId)).toEqual([old, elsewhere]);
  });
});
