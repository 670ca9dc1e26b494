// A minimal static server whose root can be swapped: stands in for a deployment (update test, bench).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
};

// Each file is compressed once, as hosts serve precompressed files or cache what they compressed: compressing on
// every request would make the measured page wait on this server (the first visit fetches its files at once).
// Keyed by path, modification time and size, so a rebuilt file (the update test swaps roots) is compressed anew.
const gzipped = new Map();
async function compressed(file) {
  const { mtimeMs, size } = await stat(file);
  const key = `${file}\0${mtimeMs}\0${size}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(await readFile(file));
    gzipped.set(key, body);
  }
  return body;
}

function listen(root, port, headers) {
  let current = root;
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    let file = join(current, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(current, 'index.html');
    }
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compress text as any real static host does, so Lighthouse measures the app and not this server.
      const gzip = /text|javascript|json|svg|manifest/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = gzip ? await compressed(file) : await readFile(file);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  server.listen(port, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
  parentPort.on('message', (m) => {
    if (m.root) current = m.root;
    if (m.close) server.close(() => parentPort.postMessage({ closed: true }));
    else parentPort.postMessage({ rootSet: m.root });
  });
}

// The server runs on a thread of its own, as a real host runs apart from the browser: in the caller's thread it
// answered only when the test driver (the bench receiving response bodies, Playwright's protocol) let it.
if (!isMainThread && workerData?.staticServer) listen(workerData.root, workerData.port, workerData.headers);

export async function serve(root, port, headers = {}) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { staticServer: true, root, port, headers } });
  const reply = () =>
    new Promise((resolve, reject) => {
      const fail = (e) => {
        worker.off('message', done);
        reject(e);
      };
      const done = (m) => {
        worker.off('error', fail);
        resolve(m);
      };
      worker.once('message', done);
      worker.once('error', fail);
    });
  const { port: got } = await reply();
  // Port 0 picks a free port; the origin names the one the server got.
  return {
    origin: `http://localhost:${got}`,
    setRoot: async (dir) => {
      worker.postMessage({ root: dir });
      await reply();
    },
    close: async () => {
      worker.postMessage({ close: true });
      await reply();
      await worker.terminate();
    },
  };
}
