/**
 * First-load size of the login route: the JS and CSS that the built index.html makes a phone
 * download, gzipped at level 9 (web/size.ts, shared with the size test). The "baseline" is the
 * budget from the issue, 60 KB gzip, so the ratio reads as the share of the budget used.
 * Needs a fresh build in dist/web, which `npm run bench` makes first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_WEB_DIR } from '../src/context.ts';
import { measureLoginRouteGzip } from '../web/size.ts';
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';

const BUDGET_KB = 60;
const KB = 1024;

/** Total gzip KB of the login route's first load, against the budget. */
async function measureLoginRouteSize(distDir: string): Promise<Figure> {
  const spec: FigureSpec = { name: 'web.login_route_gzip_kb', unit: 'KB gzip', better: 'lower', baselineName: 'budget' };
  if (!fs.existsSync(path.join(distDir, 'index.html'))) return skippedFigure(spec, `no build in ${distDir}: run npm run build`);
  const size = await measureLoginRouteGzip(distDir);
  // Deterministic, so one run; the budget is a constant, not a measurement.
  return makeFigure(spec, [size.total / KB], [BUDGET_KB]);
}

export const webSizeSuite: Suite = {
  title: 'login route first-load size',
  async run() {
    return [await measureLoginRouteSize(DEFAULT_WEB_DIR)];
  },
};
