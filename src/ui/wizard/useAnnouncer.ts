// Polite live regions for the wizard: list changes are said at once; new blocking findings, in a region of their
// own, after a pause, so a screen reader is not interrupted on every keystroke and neither replaces the other.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../engine/kind';
import type { FindingView } from '../../engine/findings';
import { newSevereFindings } from '../findings/logic';
import type { Translate } from '../i18n';

const SETTLE_MS = 1200;

export function useAnnouncer(): { message: { text: string; n: number }; announce: (text: string) => void } {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  return { message, announce };
}

export function useSevereFindingAnnouncer(findings: readonly FindingView[], lang: Lang, t: Translate, announce: (text: string) => void): void {
  const known = useRef<Set<string> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    // The findings present when the wizard opens are on screen already; only new ones are news.
    if (known.current === null) {
      known.current = new Set(findings.map((f) => f.key));
      return;
    }
    const fresh = newSevereFindings(known.current, findings);
    known.current = new Set(findings.map((f) => f.key));
    if (fresh.length === 0) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const text = fresh.map((f) => `${t(`wiz.severity.${f.severity}`)}: ${f.message[lang]}`).join(' ');
      announce(text);
    }, SETTLE_MS);
  }, [findings, lang, t, announce]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
}
