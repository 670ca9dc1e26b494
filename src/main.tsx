// The composition root: the one module that sees every layer and wires them together.
import { render } from 'preact';
import './ui/styles.css';
import { App } from './ui/App';
import type { NoticeState } from './ui/shell/Notices';
import { rememberLang, storedLang } from './ui/i18n';
import { createDrafts, type Services } from './ui/services';
import { startPwa } from './pwa/register';

const root = document.getElementById('app');
if (!root) throw new Error('#app missing from index.html');

const drafts = createDrafts();
// Storage (idb, the domain and its rules) is a chunk of its own: the shell paints first, the data follows.
let services: Services | null = null;

async function loadServices(): Promise<Services> {
  // backup-export is outside storage's public face: a backup built from memory is needed only here,
  // as the way out when saving to disk fails.
  const [storage, { buildBackup }, { wizardMachine }, { emit }, { cameraSummarizer }] = await Promise.all([
    import('./storage'),
    import('./storage/backup-export'),
    import('./assessments/camera/machine'),
    import('xstate'),
    import('./assessments/camera/summarize'),
    // The pages' messages: every page waits for storage, so none renders before its text has arrived.
    import('./ui/i18n/all').then((m) => m.registerAll()),
  ]);
  // Storage stores what the kind summarizes, evaluated on the app's one clock; it never evaluates itself.
  storage.provideSummarizer(cameraSummarizer(() => new Date()));
  return {
    storage,
    // Storage asks for persistent storage itself after the first successful save (requestPersistenceOnce).
    pdf: () => import('./pdf'),
    // The wizard's effects, provided once here: saving and leaving go to whichever page runs the actor,
    // as notices (each page saves its own document through its session's autosave).
    wizard: wizardMachine.provide({
      actions: {
        persist: emit((_, { assessment, signed }) => ({ type: 'persist', assessment, ...(signed ? { signed } : {}) })),
        exitToHome: emit((_, { assessment }) => ({ type: 'exitToHome', assessment })),
      },
    }),
    drafts,
    backupOf: async (assessments) => {
      const file = await buildBackup({ assessments: assessments.map((assessment) => ({ assessment, versions: [], deletedAt: null })), policy: null });
      return { fileName: `kamerabedomning-sakerhetskopia-${file.createdAt.slice(0, 10)}.json`, text: JSON.stringify(file) };
    },
  };
}

let notices: NoticeState = { offlineReady: false, needRefresh: false, wiped: false };

// An update reload waits until every open assessment's autosave has reached the disk.
const pwa = startPwa(
  {
    onNeedRefresh: () => update({ ...notices, needRefresh: true }),
    onOfflineReady: () => update({ ...notices, offlineReady: true }),
  },
  () => drafts.flushAll(),
);

function update(next: NoticeState): void {
  notices = next;
  draw();
}

function dismiss(which: keyof NoticeState): void {
  // The principal has seen the wipe warning: watch afresh from now on.
  if (which === 'wiped') void services?.storage.acknowledgeWipe().catch(() => undefined);
  update({ ...notices, [which]: false });
}

function draw(): void {
  render(
    <App services={services} notices={notices} onReload={() => void pwa.applyUpdate()} onDismissNotice={dismiss} />,
    root!,
  );
}

function hasLocalLang(): boolean {
  try {
    return localStorage.getItem('kb.lang') !== null;
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  // localStorage remembers the language for a fast first paint; if the browser cleared it, IndexedDB may
  // still know it, and the shell waits for storage rather than paint in the wrong language.
  if (hasLocalLang()) {
    rememberLang(storedLang());
    draw();
    services = await loadServices();
  } else {
    services = await loadServices();
    const settings = await services.storage.getSettings().catch(() => null);
    rememberLang(settings?.language ?? 'sv');
  }
  const { storage } = services;
  draw();
  if (await storage.wasWiped().catch(() => false)) update({ ...notices, wiped: true });
}

void start();
