// What a step's screen is built from: the shared field components, the wizard's frame and context, and the
// messages. One import for every step, so a step file starts with what is its own.
export { ChoiceField } from '../../../../ui/fields/ChoiceField';
export { Group } from '../../../../ui/fields/Group';
export { NumberField } from '../../../../ui/fields/NumberField';
export { RepeatingList } from '../../../../ui/fields/RepeatingList';
export { SelectField } from '../../../../ui/fields/SelectField';
export { TextField } from '../../../../ui/fields/TextField';
export { useI18n } from '../../../../ui/i18n';
export { useWizard } from '../wizard/context';
export { StepFrame } from '../wizard/StepFrame';
