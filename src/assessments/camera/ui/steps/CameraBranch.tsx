// The public/non-public question with IMY's map for schools, and the questions of the branch it opens.
import { isApplicable, ruleById } from '../../domain';
import type { CameraBranchState } from '../../machine';
import { ChoiceField, Group, TextField, useI18n, useWizard } from './kit';
import { choices, yesNo } from './options';

export function PublicAccessQuestion({ base }: { base: string }) {
  const { t } = useI18n();
  return (
    <ChoiceField path={`${base}.publicAccess`} legend={t('cam.publicAccess')} choices={choices(t, ['yes', 'no', 'unsure'], 'cam.public', true)} required>
      <div class="imy-map">
        <p class="imy-map__title">{t('cam.map.title')}</p>
        <div class="imy-map__columns">
          <div>
            <p class="imy-map__heading">{t('cam.map.public')}</p>
            <ul>
              <li>{t('cam.map.public.1')}</li>
              <li>{t('cam.map.public.2')}</li>
              <li>{t('cam.map.public.3')}</li>
              <li>{t('cam.map.public.4')}</li>
            </ul>
          </div>
          <div>
            <p class="imy-map__heading">{t('cam.map.nonPublic')}</p>
            <ul>
              <li>{t('cam.map.nonPublic.1')}</li>
              <li>{t('cam.map.nonPublic.2')}</li>
              <li>{t('cam.map.nonPublic.3')}</li>
              <li>{t('cam.map.nonPublic.4')}</li>
              <li>{t('cam.map.nonPublic.5')}</li>
              <li>{t('cam.map.nonPublic.6')}</li>
            </ul>
            <p class="imy-map__note">{t('cam.map.nonPublic.note')}</p>
          </div>
        </div>
      </div>
    </ChoiceField>
  );
}

export function BranchQuestions({ base, branch, centralReview }: { base: string; branch: CameraBranchState; centralReview: boolean }) {
  const { t } = useI18n();
  const { snapshot } = useWizard();
  const a = snapshot.context.assessment;
  // "Osäker" is read as public (the stricter reading), so the public questions apply to it as well.
  const publicQuestions = isApplicable(a, `${base}.publicArea.othersPresent`) && branch !== 'unanswered';
  return (
    <>
      {branch === 'unsure' && (
        <Group id="g-cam-unsure" title={t('cam.g.unsure')} source={ruleById('KB-S22-public-access-unsure')?.source}>
          <p>{t('cam.unsure.intro')}</p>
          <ol class="guidance">
            <li>{t('cam.unsure.1')}</li>
            <li>{t('cam.unsure.2')}</li>
            <li>{t('cam.unsure.3')}</li>
            <li>{t('cam.unsure.4')}</li>
          </ol>
          <p>{t('cam.unsure.meanwhile')}</p>
        </Group>
      )}
      {publicQuestions && (
        <Group id="g-cam-publicArea" title={t('cam.g.publicArea')} why={t('cam.g.publicArea.why')} source={ruleById('KB-P01-central-review')?.source}>
          {branch === 'public' && <p class="notice-inline">{t(centralReview ? 'cam.public.central' : 'cam.public.local')}</p>}
          <TextField path={`${base}.publicArea.othersPresent`} label={t('cam.othersPresent')} hint={t('cam.othersPresent.hint')} multiline required />
          <TextField path={`${base}.publicArea.othersWhen`} label={t('cam.othersWhen')} hint={t('cam.othersWhen.hint')} />
        </Group>
      )}
      {branch === 'nonPublic' && (
        <Group id="g-cam-nonPublic" title={t('cam.g.nonPublic')} why={t('cam.g.nonPublic.why')} source={ruleById('KB-S24-no-annual-review')?.source}>
          <p class="notice-inline">{t('cam.nonPublic.local')}</p>
          <TextField path={`${base}.nonPublicArea.proportionality`} label={t('cam.proportionality')} hint={t('cam.proportionality.hint')} multiline required />
          <ChoiceField
            path={`${base}.nonPublicArea.annualReviewPlanned`}
            legend={t('cam.annualReview')}
            hint={t('cam.annualReview.hint')}
            choices={yesNo(t)}
            required
            inline
          />
        </Group>
      )}
    </>
  );
}
