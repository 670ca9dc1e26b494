// npm start: builds the app and serves the production build on http://localhost:4173 (or PORT). A taken port
// gets one clear line instead of a stack trace. It never moves to another port by itself: the browser keeps
// assessments per address, so the same app on another port opens with an empty list.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const DEFAULT_PORT = 4173;

/** 'free', 'taken' or 'forbidden' (a port below 1024 without root), tried the way vite preview binds it. */
function probe(port, host = 'localhost') {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (e) => resolve(e.code === 'EACCES' ? 'forbidden' : 'taken'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });
}

/** Whether what answers on the port is this app (its manifest names it), so the line can say "already runs". */
async function isThisApp(port) {
  try {
    const res = await fetch(`http://localhost:${port}/manifest.webmanifest`, { signal: AbortSignal.timeout(1500) });
    return res.ok && (await res.text()).includes('Kamerabedömning');
  } catch {
    return false;
  }
}

async function nextFree(port) {
  for (let p = port + 1; p < port + 50 && p < 65536; p++) if ((await probe(p)) === 'free') return p;
  return port + 1;
}

async function main() {
  const raw = process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT=${raw} is not a port number: use a whole number from 1024 to 65535, e.g. PORT=${DEFAULT_PORT + 1} npm start.`);
    return 1;
  }
  const state = await probe(port);
  if (state === 'forbidden') {
    console.error(`Port ${port} needs administrator rights: choose one from 1024 up, e.g. PORT=${DEFAULT_PORT} npm start.`);
    return 1;
  }
  if (state === 'taken') {
    const other = await nextFree(port);
    const why = (await isThisApp(port)) ? `Kamerabedömning already runs on http://localhost:${port} (open it there)` : `another program uses port ${port}`;
    console.error(`Port ${port} is taken: ${why}; to serve on another port run PORT=${other} npm start (assessments are kept per address, so it starts empty).`);
    return 1;
  }
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) return build.status ?? 1;
  const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
  return new Promise((resolve) => preview.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))));
}

process.exit(await main());
