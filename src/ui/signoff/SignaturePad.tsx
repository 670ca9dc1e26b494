// A drawn signature (signature_pad on a canvas) with an accessible name and a "Rensa" button.
// Keyboard and screen-reader users choose the typed signature instead; the canvas says so.
// signature_pad is imported when the canvas mounts, not with the wizard: no other step needs it, and on a
// phone its parse time counted against every step's first render (mobile Lighthouse).
import type SignaturePadLib from 'signature_pad';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

export function SignatureCanvas({ onChange, describedBy }: { onChange: (dataUrl: string) => void; describedBy?: string }) {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    let pad: SignaturePadLib | null = null;
    let unmounted = false;
    const done = () => onChangeRef.current(!pad || pad.isEmpty() ? '' : pad.toDataURL('image/png'));
    void import('signature_pad').then(({ default: Pad }) => {
      const canvas = canvasRef.current;
      if (unmounted || !canvas) return;
      pad = start(Pad, canvas);
      padRef.current = pad;
      pad.addEventListener('endStroke', done);
    });
    return () => {
      unmounted = true;
      pad?.removeEventListener('endStroke', done);
      pad?.off();
    };
  }, []);

  const clear = () => {
    padRef.current?.clear();
    onChangeRef.current('');
  };

  return (
    <div class="signature">
      <canvas ref={canvasRef} class="signature__canvas" role="img" aria-label={t('sign.canvas')} aria-describedby={describedBy} />
      <button type="button" class="button" onClick={clear}>
        {t('sign.clear')}
      </button>
    </div>
  );
}

function start(Pad: typeof SignaturePadLib, canvas: HTMLCanvasElement): SignaturePadLib {
  // Size the drawing buffer to the displayed size and the screen's pixel ratio, or strokes come out blurred.
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  canvas.width = canvas.offsetWidth * ratio;
  canvas.height = canvas.offsetHeight * ratio;
  canvas.getContext('2d')?.scale(ratio, ratio);
  return new Pad(canvas, { penColor: '#0b1f33', backgroundColor: 'rgb(255,255,255)' });
}
