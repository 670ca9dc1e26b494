// The composition root: the one module that sees every layer and wires them together.
import { render } from 'preact';
import './ui/styles.css';
import { App } from './ui/App';
import type { NoticeState } from './ui/shell/Notices';
import { rememberLang, storedLang } from './ui/i18n';
import { startPwa } from './pwa/register';

const root = document.getElementById('app');
if (!root) throw new Error('#app missing from index.html');

rememberLang(storedLang());

let notices: NoticeState = { offlineReady: false, needRefresh: false };
const flushDrafts = async (): Promise<void> => {
  // Autosave registers its flush here once storage is wired; an update reload must never lose typing.
};

const pwa = startPwa(
  {
    onNeedRefresh: () => update({ ...notices, needRefresh: true }),
    onOfflineReady: () => update({ ...notices, offlineReady: true }),
  },
  flushDrafts,
);

function update(next: NoticeState): void {
  notices = next;
  draw();
}

function draw(): void {
  render(
    <App
      notices={notices}
      onReload={() => void pwa.applyUpdate()}
      onDismissNotice={(which) => update({ ...notices, [which]: false })}
    />,
    root!,
  );
}

draw();
