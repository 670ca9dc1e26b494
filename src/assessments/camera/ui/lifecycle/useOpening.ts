// A lifecycle dialog's form starts afresh each time it opens on an assessment, from the day it is then. A new
// day while it is open (the signed page's useToday, at midnight) must not reset what is being typed.
import { useEffect, useRef } from 'preact/hooks';
import type { Assessment, IsoDate } from '../../domain';

/** Calls `start(assessment, today)` when the dialog opens on `assessment` (null while closed). */
export function useOpening(assessment: Assessment | null, today: IsoDate, start: (assessment: Assessment, today: IsoDate) => void): void {
  const latest = useRef({ today, start });
  latest.current = { today, start };
  useEffect(() => {
    if (assessment) latest.current.start(assessment, latest.current.today);
  }, [assessment]);
}
