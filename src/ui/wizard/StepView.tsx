// The step on screen, chosen by the machine's state.
import type { ComponentChildren } from 'preact';
import type { Assessment, Evaluation } from '../../assessments/camera/domain';
import { currentStep } from '../../assessments/camera/machine';
import { useWizard } from './context';
import { BalancingStep } from '../../assessments/camera/ui/steps/BalancingStep';
import { CamerasStep } from '../../assessments/camera/ui/steps/CamerasStep';
import { ConsultationStep } from '../../assessments/camera/ui/steps/ConsultationStep';
import { DataStep } from '../../assessments/camera/ui/steps/DataStep';
import { DecisionStep } from '../../assessments/camera/ui/steps/DecisionStep';
import { MeasuresStep } from '../../assessments/camera/ui/steps/MeasuresStep';
import { ProblemStep } from '../../assessments/camera/ui/steps/ProblemStep';
import { SchoolStep } from '../../assessments/camera/ui/steps/SchoolStep';
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
