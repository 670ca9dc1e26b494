// A drawn signature (signature_pad on a canvas) with an accessible name and a "Rensa" button.
// Keyboard and screen-reader users choose the typed signature instead; the canvas says so.
import SignaturePadLib from 'signature_pad';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

export function SignatureCanvas({ onChange, describedBy }: { onChange: (dataUrl: string) => void; describedBy?: string }) {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // Size the drawing buffer to the displayed size and the screen's pixel ratio, or strokes come out blurred.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePadLib(canvas, { penColor: '#0b1f33', backgroundColor: 'rgb(255,255,255)' });
    padRef.current = pad;
    const done = () => onChangeRef.current(pad.isEmpty() ? '' : pad.toDataURL('image/png'));
    pad.addEventListener('endStroke', done);
    return () => {
      pad.removeEventListener('endStroke', done);
      pad.off();
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
