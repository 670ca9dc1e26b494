// The first visit of home against the floor (a blank Vite + Preact page built in the same run), interleaved run
// by run so both see the same machine load. Bytes: every JS and CSS file fetched until usable (first-visit.mjs).
import { firstVisit } from '../first-visit.mjs';
import { measureFirstVisit } from '../size.mjs';
import { summarize } from './stats.mjs';

// 15 runs each: a first visit takes about 0.1 s, and on this shared machine a median of 7 moved by a third run to run.
export async function firstVisitFigures(browser, appOrigin, floorOrigin, runs = 15) {
  const app = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await firstVisit(browser, `${floorOrigin}/`));
    app.push(await measureFirstVisit(browser, appOrigin));
  }
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
  };
}
