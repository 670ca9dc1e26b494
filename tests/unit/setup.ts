// Unit tests see the whole message catalogue, as the app does once its pages have loaded.
import { beforeAll } from 'vitest';
import { registerMessages } from '../../src/ui/i18n/catalogue';
import { allGroups, kindGroups } from './messages';

registerMessages(allGroups);
// As main.tsx does: storage stores what the camera kind summarizes, on the real clock. The kinds' messages and
// the summarizer are imported here, after the test file's own imports, so a test that mocks part of the domain
// runs with the mocked one.
beforeAll(async () => {
  const [{ cameraSummarizer }, { provideSummarizer }, groups] = await Promise.all([
    import('../../src/assessments/camera/summarize'),
    import('../../src/storage/summaries'),
    kindGroups(),
  ]);
  registerMessages(groups);
  provideSummarizer(cameraSummarizer(() => new Date()));
});
