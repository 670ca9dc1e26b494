// The names of the kinds of area a camera films, once, for the wizard, the review, the list of assessments,
// the PDF and the register; and the forms the rules' reasons use inside a sentence.
import type { AreaKind, Lang, Text } from './types';
import { AREA_KINDS } from './types';
import { t } from './rule-helpers';


export const AREA_NAMES: Readonly<Record<AreaKind, Text>> = {
  facade: t('Fasad', 'Facade'),
  schoolyard: t('Skolgård', 'Schoolyard'),
  entrance: t('Huvudentré', 'Main entrance'),
  principalOfficeWay: t('Vägen till rektorsexpeditionen', "The way to the principal's office"),
  parking: t('Parkering eller cykelställ', 'Car park or bicycle stand'),
  classroom: t('Klassrum', 'Classroom'),
  corridor: t('Korridor', 'Corridor'),
  stairwell: t('Trapphus', 'Stairwell'),
  lockers: t('Elevskåp', 'Lockers'),
  staffRoom: t('Personalrum', 'Staff room'),
  commonRoom: t('Uppehållsrum', 'Common room'),
  dining: t('Matsal', 'Dining hall'),
  roof: t('Tak', 'Roof'),
  toilet: t('Toalett', 'Toilet'),
  shower: t('Dusch', 'Shower'),
  changingRoom: t('Omklädningsrum', 'Changing room'),
  other: t('Annat område', 'Other area'),
};

export const isAreaKind = (value: unknown): value is AreaKind => (AREA_KINDS as readonly unknown[]).includes(value);

/** The area's name, or '' when it is not answered. */
export const areaName = (kind: AreaKind | '', lang: Lang): string => (kind === '' ? '' : AREA_NAMES[kind][lang]);

/** Inside a reason ("den filmar ett omklädningsrum"); kinds the rules never name read "området". */
const IN_SENTENCE: Partial<Record<AreaKind, Text>> = {
  toilet: t('en toalett', 'a toilet'),
  shower: t('en dusch', 'a shower'),
  changingRoom: t('ett omklädningsrum', 'a changing room'),
  classroom: t('ett klassrum', 'a classroom'),
  corridor: t('en korridor', 'a corridor'),
  stairwell: t('ett trapphus', 'a stairwell'),
  lockers: t('elevskåp', 'lockers'),
  staffRoom: t('ett personalrum', 'a staff room'),
  commonRoom: t('ett uppehållsrum', 'a common room'),
  dining: t('en matsal', 'a dining hall'),
  schoolyard: t('skolgården', 'the schoolyard'),
  facade: t('en fasad', 'a facade'),
};
export const areaInSentence = (kind: AreaKind | ''): Text => (kind !== '' && IN_SENTENCE[kind]) || t('området', 'the area');
