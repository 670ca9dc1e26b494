// The row of buttons that leads on from a step (Tillbaka, Nästa, or a step's own ways on). The primary one
// is pushed to the right unless the row wraps, where a right-hand primary would sit alone on its line.
export interface StepAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

export function StepNav({ actions, wrap = false }: { actions: readonly StepAction[]; wrap?: boolean }) {
  return (
    <div class={wrap ? 'step-nav step-nav--wrap no-print' : 'step-nav no-print'}>
      {actions.map((a) => (
        <button key={a.label} type="button" class={a.primary ? 'button button--primary' : 'button'} onClick={a.onClick}>
          {a.label}
        </button>
      ))}
    </div>
  );
}
