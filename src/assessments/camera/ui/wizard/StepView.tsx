// The step on screen, chosen by the machine's state: the review is the wizard's, every other step the kind's.
import type { ComponentChildren } from 'preact';
import type { Assessment, Evaluation } from '../../domain';
import { currentStep } from '../../machine';
import { CAMERA_STEPS } from '../steps';
import { useWizard } from './context';
import { ReviewStep } from '../review/ReviewStep';

export function StepView({ pdfActions }: { pdfActions: (a: Assessment, evaluation: Evaluation) => ComponentChildren }) {
  const { snapshot } = useWizard();
  const step = currentStep(snapshot);
  if (step === 'review') return <ReviewStep pdfActions={pdfActions} />;
  const Step = CAMERA_STEPS[step];
  return <Step />;
}
