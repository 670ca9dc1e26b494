// Unit tests see the whole message catalogue, as the app does once its pages have loaded.
import { beforeAll } from 'vitest';
import { registerAll } from '../../src/ui/i18n/all';

await registerAll();
// As main.tsx does: storage stores what the camera kind summarizes, on the real clock. Imported here, after
// the test file's own imports, so a test that mocks part of the domain summarizes with the mocked one.
beforeAll(async () => {
  const [{ cameraSummarizer }, { provideSummarizer }] = await Promise.all([import('../../src/assessments/camera/summarize'), import('../../src/storage/summaries')]);
  provideSummarizer(cameraSummarizer(() => new Date()));
});
