// Unit tests see the whole message catalogue, as the app does once its pages have loaded.
import { beforeAll } from 'vitest';
import { registerMessages } from '../../src/ui/i18n/catalogue';
import { allGroups, kindGroups } from './messages';
import { provideCameraToStorage } from './provide-kind';

registerMessages(allGroups);
// As main.tsx does: storage is given the camera kind and its summarizer on the real clock. The kinds' messages
// and the camera's code are imported here, after the test file's own imports, so a test that mocks part of the
// domain runs with the mocked one.
beforeAll(async () => {
  const [groups] = await Promise.all([kindGroups(), provideCameraToStorage()]);
  registerMessages(groups);
});
