// The first visit of home against the floor (a blank Vite + Preact page built in the same run), interleaved run
// by run so both see the same machine load. Bytes: every JS and CSS file fetched until usable (first-visit.mjs).
import { firstVisit } from '../first-visit.mjs';
import { measureFirstVisit } from '../size.mjs';
import { summarize } from './stats.mjs';

// 15 runs each: a first visit takes about 0.1 s, and on this shared machine a median of 7 moved by a third run to run.
// With `boundOrigin` (dist-bound/ served, bound-pages.mjs) the two bound pages join the rotation.
export async function firstVisitFigures(browser, appOrigin, floorOrigin, runs = 15, boundOrigin = null) {
  const visit = {
    floor: () => firstVisit(browser, `${floorOrigin}/`),
    app: () => measureFirstVisit(browser, appOrigin),
    ...(boundOrigin === null
      ? {}
      : { markup: () => firstVisit(browser, `${boundOrigin}/markup.html`), shell: () => firstVisit(browser, `${boundOrigin}/markup-shell.html`) }),
  };
  const names = Object.keys(visit);
  const visits = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    // The order turns each run, so no page always follows the same one.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      visits[name].push(await visit[name]());
    }
  }
  const { app, floor } = visits;
  const figures = (visits) => ({
    fcp: summarize(visits.map((v) => v.fcp)),
    usable: summarize(visits.map((v) => v.usable)),
    bytes: summarize(visits.map((v) => v.total.gzip)),
    files: visits[0].files,
    total: visits[0].total,
  });
  const a = figures(app);
  const f = figures(floor);
  return {
    app: a,
    floor: f,
    ratio: { fcp: a.fcp.median / f.fcp.median, usable: a.usable.median / f.usable.median, bytes: a.total.gzip / f.total.gzip },
    lazyFetched: app[0].lazyFetched.map((x) => x.file),
    ...(boundOrigin === null ? {} : { bound: { markup: figures(visits.markup), shell: figures(visits.shell) } }),
  };
}
