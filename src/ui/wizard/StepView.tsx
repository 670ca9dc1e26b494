// The step on screen, chosen by the machine's state.
import type { ComponentChildren } from 'preact';
import type { Assessment, Evaluation } from '../../domain';
import { currentStep } from '../../machine';
import { useWizard } from './context';
import { BalancingStep } from './steps/BalancingStep';
import { CamerasStep } from './steps/CamerasStep';
import { ConsultationStep } from './steps/ConsultationStep';
import { DataStep } from './steps/DataStep';
import { DecisionStep } from './steps/DecisionStep';
import { MeasuresStep } from './steps/MeasuresStep';
import { ProblemStep } from './steps/ProblemStep';
import { SchoolStep } from './steps/SchoolStep';
import { ReviewStep } from './review/ReviewStep';

export function StepView({ pdfActions }: { pdfActions: (a: Assessment, evaluation: Evaluation) => ComponentChildren }) {
  const { snapshot } = useWizard();
  switch (currentStep(snapshot)) {
    case 'school':
      return <SchoolStep />;
    case 'problem':
      return <ProblemStep />;
    case 'measures':
      return <MeasuresStep />;
    case 'cameras':
      return <CamerasStep />;
    case 'balancing':
      return <BalancingStep />;
    case 'data':
      return <DataStep />;
    case 'consultation':
      return <ConsultationStep />;
    case 'review':
      return <ReviewStep pdfActions={pdfActions} />;
    case 'decision':
      return <DecisionStep />;
  }
}
