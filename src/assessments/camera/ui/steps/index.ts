// The camera assessment's own steps, by the machine's step id; the review is the wizard's, shared by kinds.
import type { ComponentType } from 'preact';
import type { StepId } from '../../domain';
import { BalancingStep } from './BalancingStep';
import { CamerasStep } from './CamerasStep';
import { ConsultationStep } from './ConsultationStep';
import { DataStep } from './DataStep';
import { DecisionStep } from './DecisionStep';
import { MeasuresStep } from './MeasuresStep';
import { ProblemStep } from './ProblemStep';
import { SchoolStep } from './SchoolStep';

export const CAMERA_STEPS: Readonly<Record<Exclude<StepId, 'review'>, ComponentType>> = {
  school: SchoolStep,
  problem: ProblemStep,
  measures: MeasuresStep,
  cameras: CamerasStep,
  balancing: BalancingStep,
  data: DataStep,
  consultation: ConsultationStep,
  decision: DecisionStep,
};
