// The composition root: the one module that sees every layer and wires them together.
import { render } from 'preact';
import './ui/styles.css';
import { App } from './ui/App';
import type { NoticeState } from './ui/shell/Notices';
import { rememberLang, storedLang } from './ui/i18n';
import { hasMessages, loadLanguage } from './ui/i18n/load';
import { createDrafts, type Services } from './ui/services';
import { startPwa, type Pwa } from './pwa/register';
import type { Lang } from './engine/kind';
import type { WizardMachine, WizardTypes } from './engine/machine';
import { markWhenUsable } from './ui/shell/usable';
import { parseRoute } from './ui/router';
import { isoDateOf } from './engine/dates';
import * as storage from './storage';

const root = document.getElementById('app');
if (!root) throw new Error('#app missing from index.html');

const drafts = createDrafts();
// Storage's public face (idb, the summaries, the settings; what restores and writes whole rows loads with the
// first save) comes with the entry, so the database opens as the app starts; the shell paints before any
// IndexedDB read has answered. The wizard (xstate, the machine) and the messages of pages other than home load
// only when such a page opens (App.tsx), so a first visit of home fetches neither.
let services: Services | null = null;

/**
 * A kind's wizard with its effects provided: saving and leaving go to whichever page runs the actor, as
 * notices (each page saves its own document through its session's autosave).
 */
async function provideWizard<T extends WizardTypes, P extends string>(machine: WizardMachine<T, P>): Promise<WizardMachine<T, P>> {
  const { emit } = await import('xstate');
  return machine.provide({
    actions: {
      persist: emit((_, { assessment, signed }) => ({ type: 'persist', assessment, ...(signed ? { signed } : {}) })),
      exitToHome: emit((_, { assessment }) => ({ type: 'exitToHome', assessment })),
    },
  });
}

function makeServices(firstVisit: boolean): Services {
  let firstVisitHome = firstVisit && parseRoute(location.hash).name === 'home';
  // Storage stores what the kind summarizes, evaluated on the app's one clock; it never evaluates itself. The
  // summarizer (the rules) loads with the first save or back-fill; listing needs only the clock's today.
  const clock = () => new Date();
  storage.provideSummarizerLater(
    () => isoDateOf(clock()),
    () => import('./assessments/camera/summarize').then((m) => m.cameraSummarizer(clock)),
  );
  // The kind that keeps the assessments store (restore, signed records, images) loads with the first read of a
  // whole document, never for the home list.
  storage.provideStoreKindLater(() => import('./assessments/camera/store').then((m) => m.cameraStore));
  return {
    storage,
    // Storage asks for persistent storage itself after the first successful save (requestPersistenceOnce).
    pdf: () => import('./pdf'),
    wizard: provideWizard,
    clock,
    drafts,
    // A backup built from memory is needed only here, as the way out when saving to disk fails.
    backupOf: async (assessments, attachments) => {
      const entries = assessments.map((assessment) => ({ assessment, versions: [], deletedAt: null }));
      const file = await storage.buildBackup({ assessments: entries, policy: null, ...(attachments ? { attachments } : {}) });
      return { fileName: `kamerabedomning-sakerhetskopia-${file.createdAt.slice(0, 10)}.json`, text: JSON.stringify(file) };
    },
    firstVisitHome: () => {
      const was = firstVisitHome;
      firstVisitHome = false;
      return was;
    },
  };
}

let notices: NoticeState = { offlineReady: false, needRefresh: false, wiped: false };

// The service worker is registered once the first page is usable (and the browser idle), so its precache
// never competes with the first visit. An update reload waits until every open assessment's autosave has
// reached the disk.
let pwa: Pwa | null = null;
function registerWorker(): void {
  pwa = startPwa(
    {
      onNeedRefresh: () => update({ ...notices, needRefresh: true }),
      onOfflineReady: () => update({ ...notices, offlineReady: true }),
    },
    () => drafts.flushAll(),
  );
}

function update(next: NoticeState): void {
  notices = next;
  draw();
}

function dismiss(which: keyof NoticeState): void {
  // The principal has seen the wipe warning: watch afresh from now on.
  if (which === 'wiped') void services?.storage.acknowledgeWipe().catch(() => undefined);
  update({ ...notices, [which]: false });
}

// The app is keyed by the language chosen at startup: when IndexedDB corrects it, the app starts afresh in it.
let startLang: Lang = storedLang();

function draw(): void {
  render(
    <App key={startLang} services={services} notices={notices} onReload={() => void pwa?.applyUpdate()} onDismissNotice={dismiss} />,
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

const whenIdle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(() => fn(), { timeout: 2000 }) : setTimeout(fn, 200));

async function start(): Promise<void> {
  // localStorage remembers the language for the first paint, which comes before any IndexedDB read.
  const hadLocalLang = hasLocalLang();
  // Neither the language nor the install marker remembered (written at every start, below): a first visit.
  const firstVisit = !hadLocalLang && !storage.installKnown();
  rememberLang(startLang);
  // The database opens (a first visit creates it, some 50–100 ms) while the shell renders and paints, so the
  // page's first read finds it open; nothing waits for it to paint. The language it stores is read with it.
  const storedLanguage = storage.getLanguage().catch((): Lang => 'sv');
  // Opened on an assessment (a reload, a link): its machine loads beside the page's chunk and storage.
  if (parseRoute(location.hash).name === 'assessment') void import('./assessments/camera/machine').catch(() => undefined);
  // No page renders before its text has arrived: home's messages in the language the app starts in. The Swedish
  // ones come with the entry; an English start shows the shell while it fetches its own (a failed fetch shows
  // keys in place of text, never a blank app).
  if (!hasMessages(startLang, 'home')) {
    draw();
    await loadLanguage(startLang).catch(() => undefined);
  }
  services = makeServices(firstVisit);
  draw();
  const usable = markWhenUsable(document.getElementById('main')!);
  const usableOrLate = Promise.race([usable, new Promise((r) => setTimeout(r, 5000))]);
  void usableOrLate.then(() => whenIdle(registerWorker));
  // If the browser cleared localStorage, IndexedDB may still know the language: switch to it.
  if (!hadLocalLang) {
    const lang = await storedLanguage;
    if (lang !== startLang) await loadLanguage(lang).catch(() => undefined);
    rememberLang(lang);
    if (lang !== startLang) {
      startLang = lang;
      draw();
    }
  }
  if (await storage.wasWiped().catch(() => false)) update({ ...notices, wiped: true });
}

void start();
