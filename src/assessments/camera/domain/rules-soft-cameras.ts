// Soft rules about the cameras themselves (domain brief, section 6): warnings the principal must read
// and may answer with a justification (assessment.justifications[finding.key]).
import type { Rule } from './rule-types';
import type { AreaKind } from './types';
import { SOURCES } from './sources';
import { SCHOOL_HOURS_SENSITIVE_AREAS } from './branches';
import { exceedsFacadePractice, filmsEvening, recordsDuringSchoolHours } from './hours';
import { CHECKED, warningAt, eachCamera, t, when } from './rule-helpers';

/** Above this many cameras in one assessment the coverage needs a reason (our threshold, not IMY's). */
export const MANY_CAMERAS = 10;

export const softCameraRules: readonly Rule[] = [
  {
    id: 'KB-S01-school-hours',
    ...warningAt('cameras', 'cameras.*.hours'),
    // Teaching, common and staff areas in school hours are escalated by KB-H10 instead.
    test: eachCamera(
      'hours',
      (c, ctx) =>
        !SCHOOL_HOURS_SENSITIVE_AREAS.includes(c.areaKind as AreaKind) &&
        recordsDuringSchoolHours(c, ctx.assessment.school.schoolDay),
    ),
    message: t(
      'Kameran filmar under skoltid, då elever och personal är där. Det väger tungt mot bevakningen. Begränsa tiderna till när skolan är stängd, eller motivera varför det behövs.',
      'The camera films during school hours, when pupils and staff are there. That weighs heavily against it. Limit the hours to when the school is closed, or explain why it is needed.',
    ),
    source: SOURCES.imySchoolQa,
    checked: CHECKED,
  },
  {
    id: 'KB-S02-beyond-facade-hours',
    ...warningAt('cameras', 'cameras.*.hours'),
    test: eachCamera('hours', (c, ctx) => c.placement === 'outdoor' && exceedsFacadePractice(c, ctx.policy)),
    message: t(
      'Kameran filmar utanför den etablerade praxisen för fasader (förvalt vardagar 20–06, helger och helgdagar 17–07). Korta tiderna, eller motivera de extra timmarna.',
      'The camera films outside the established facade practice (by default weekdays 20–06, weekends and holidays 17–07). Shorten the hours, or explain the extra ones.',
    ),
    source: SOURCES.imyFacades,
    checked: CHECKED,
  },
  {
    id: 'KB-S03-beyond-facade-area',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.limitedToFacadePlus2m',
    test: eachCamera('limitedToFacadePlus2m', (c) => c.areaKind === 'facade' && c.limitedToFacadePlus2m === 'no'),
    message: t(
      'Bilden täcker mer än fasaden och två meter ut. Rikta eller maskera kameran så att den bara visar fasaden, eller motivera varför mer behövs.',
      'The picture covers more than the facade and two metres out. Aim or mask the camera so it shows only the facade, or explain why more is needed.',
    ),
    source: SOURCES.imyFacades,
    checked: CHECKED,
  },
  {
    id: 'KB-S04-schoolyard-evening',
    ...warningAt('cameras', 'cameras.*.hours'),
    test: eachCamera('hours', (c, ctx) => c.areaKind === 'schoolyard' && filmsEvening(c, ctx.assessment.school.schoolDay)),
    message: t(
      'Skolgården filmas på kvällen, när barn och unga ofta leker och umgås där. Det är ett känsligt intrång. Överväg att börja senare, eller motivera tiderna.',
      'The schoolyard is filmed in the evening, when children and young people often play and meet there. That is a sensitive intrusion. Consider starting later, or explain the hours.',
    ),
    source: SOURCES.imySchoolQa,
    checked: CHECKED,
  },
  {
    id: 'KB-S08-many-cameras',
    severity: 'warn',
    step: 'cameras',
    perCamera: false,
    field: 'cameras',
    test: when('cameras', (ctx) => ctx.cameras.length > MANY_CAMERAS),
    message: t(
      `Bedömningen omfattar fler än ${MANY_CAMERAS} kameror. Ju fler kameror, desto större intrång. Pröva om varje kamera behövs där händelserna faktiskt har inträffat.`,
      `The assessment covers more than ${MANY_CAMERAS} cameras. The more cameras, the greater the intrusion. Check that each camera is needed where the incidents actually happened.`,
    ),
    source: SOURCES.aspudden,
    checked: CHECKED,
  },
  {
    id: 'KB-S09-beyond-incident-spots',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.coversIncidentSpots',
    test: eachCamera('coversIncidentSpots', (c) => c.coversIncidentSpots === 'no'),
    message: t(
      'Kameran filmar en plats där de dokumenterade händelserna inte har inträffat. Flytta den, ta bort den eller motivera varför den behövs.',
      'The camera films a place where the documented incidents did not happen. Move it, remove it or explain why it is needed.',
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-S10-no-masking',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.masking',
    test: eachCamera('masking', (c) => c.masking === 'no'),
    message: t(
      'Kameran saknar maskering eller annan integritetsskyddande teknik. IMY råder skolor att använda sådan teknik, till exempel att maskera fönster och grannars tomter. Observera att pixelering inte gör bevakningen tillåten i sig.',
      'The camera has no masking or other privacy-enhancing technology. IMY advises schools to use such technology, for example masking windows and neighbouring plots. Note that pixelation does not by itself make surveillance lawful.',
    ),
    source: SOURCES.kungalv,
    checked: CHECKED,
  },
  {
    id: 'KB-S22-public-access-unsure',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.publicAccess',
    test: eachCamera('publicAccess', (c) => c.publicAccess === 'unsure'),
    message: t(
      'Du är osäker på om allmänheten har tillträde. Tills det är utrett behandlas platsen som allmän. IMY räknar till exempel skolgården, huvudentrén och vägen till rektors expedition som allmänna platser.',
      "You are unsure whether the public has access. Until that is settled, the place is treated as public. IMY counts, for example, the schoolyard, the main entrance and the way to the principal's office as public places.",
    ),
    source: SOURCES.imySchools,
    checked: CHECKED,
  },
  {
    id: 'KB-S24-no-annual-review',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.nonPublicArea.annualReviewPlanned',
    test: eachCamera('nonPublicArea.annualReviewPlanned', (c) => c.publicAccess === 'no' && c.nonPublicArea.annualReviewPlanned === 'no'),
    message: t(
      'Skälen för kameran ska prövas på nytt varje år. IMY kritiserar kameror som står kvar år efter år utan att någon prövar om de behövs.',
      'The reasons for the camera must be re-examined every year. IMY criticises cameras left running year after year without anyone checking whether they are needed.',
    ),
    source: SOURCES.imySchoolQa,
    checked: CHECKED,
  },
];

