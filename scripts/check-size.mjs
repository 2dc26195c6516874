// The size budgets (npm test): fails when a route's first load crosses a budget (bytes or files), when a
// heavy part is downloaded by a route that does not use it, or when the style insertion's alias stops
// applying. Figures: node scripts/check-size.mjs [dist]
import { kb, readBuild, ROUTES } from './bundle-report.mjs';

/** The floor of the stack (React, router, query, zustand, MUI theme, button and table), measured. */
const FLOOR_GZIP = 138 * 1024;
const SIGN_IN_BUDGET = 160 * 1024;
const SHARED_BUDGET = 1.15 * FLOOR_GZIP;
/**
 * Files per first load: each is a request, and over HTTP/1.1 at most six run at once. A signed-in page
 * counts the frame's parts too (src/app/routes.ts), which load with the frame.
 */
const FILES_BUDGET = 36;

/** Heavy libraries, and the only routes allowed to load them at first load. */
const HEAVY = [
  { name: 'date pickers', match: 'node_modules/@mui/x-date-pickers', routes: [] },
  { name: 'CSV parser', match: 'node_modules/papaparse', routes: [] },
  { name: 'iCalendar writer', match: 'src/lib/icalendar', routes: [] },
  { name: 'image viewer', match: 'src/features/texting/thread/media-viewer-dialog', routes: [] },
  // Behind MUI's Tooltip and Autocomplete: the tables' row hints and pager and the profile's time zone
  // picker (src/components/hint-area.tsx, page-pagination.tsx, time-zone-field.tsx) load it later.
  { name: 'popup positioning', match: 'node_modules/@popperjs', routes: [] },
  // date-fns's formatting and its locale: the inbox's day rows and times (src/lib/day-groups.ts). The
  // unread count on every signed-in page reads server times without it (src/lib/server-time.ts).
  { name: 'date formatting', match: 'node_modules/date-fns/', routes: ['inbox'] },
  // MUI's TablePagination, with its rows-per-page menu: loaded once the first screen has painted.
  { name: 'pager', match: 'node_modules/@mui/material/TablePagination/', routes: [] },
  // Dialogs and menus (MUI's Modal), behind any TextField too (it can be a select): the pages open theirs
  // on demand, and their first screens' fields are OutlinedFields (src/components/outlined-field.tsx).
  { name: 'modal', match: 'node_modules/@mui/material/Modal/', routes: [] },
];

const dist = process.argv[2] ?? 'dist';
const build = readBuild(dist);
const failures = [];
const rows = [];

const routes = ROUTES.map((spec) => build.route(spec));

// A budget that names nothing in the build can never fail: a renamed or removed module fails it here.
const allModules = Object.values(build.chunks).flatMap((chunk) => chunk.modules);
for (const heavy of HEAVY) {
  if (!allModules.some((m) => m.includes(heavy.match))) {
    failures.push(`the ${heavy.name} budget matches no module of the build (${heavy.match}): update its pattern`);
  }
}

// Styles are inserted while rendering (src/lib/emotion-insertion.ts, put in emotion's place by an alias in
// vite.config.ts). If emotion renames the module the alias names, the alias stops applying and nothing else
// would notice: the build must hold the stand-in and not emotion's own module.
if (!allModules.some((m) => m.includes('src/lib/emotion-insertion.ts'))) {
  failures.push(
    'the build holds no src/lib/emotion-insertion.ts: the alias in vite.config.ts no longer reaches emotion',
  );
}
if (allModules.some((m) => m.includes('node_modules/@emotion/use-insertion-effect-with-fallbacks'))) {
  failures.push("the build holds emotion's own insertion module: the alias in vite.config.ts no longer applies to it");
}

for (const route of routes) {
  if (route.missing.length > 0) failures.push(`${route.name}: no chunk for ${route.missing.join(', ')}`);
  // Shared: the app's base (entry, and the signed-in frame); the rest is the page's own feature code.
  const sharedGzip = route.baseJs.gzip;
  const ownGzip = route.js.gzip - sharedGzip;
  rows.push(
    `${route.name.padEnd(14)} JS ${String(kb(route.js.gzip)).padStart(6)} KB gz (shared ${kb(sharedGzip)}, own ${kb(ownGzip)})  CSS ${kb(route.css.gzip)} KB gz  ${route.files.length} files`,
  );

  if (route.name === 'sign-in' && route.js.gzip > SIGN_IN_BUDGET) {
    failures.push(`sign-in loads ${kb(route.js.gzip)} KB gz of JS; the budget is ${kb(SIGN_IN_BUDGET)} KB`);
  }
  if (sharedGzip > SHARED_BUDGET) {
    failures.push(
      `${route.name} loads ${kb(sharedGzip)} KB gz of shared JS; the budget is ${kb(SHARED_BUDGET)} KB (1.15 × floor)`,
    );
  }
  if (route.files.length > FILES_BUDGET) {
    failures.push(`${route.name} loads ${route.files.length} files at first load; the budget is ${FILES_BUDGET}`);
  }
  for (const heavy of HEAVY) {
    if (heavy.routes.includes(route.name)) continue;
    if (route.modules.some((m) => m.includes(heavy.match))) {
      failures.push(`${route.name} downloads the ${heavy.name} at first load; load it only where it is used`);
    }
  }
}

console.log(rows.join('\n'));
if (failures.length > 0) {
  console.error(`\nSize budgets crossed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nSize budgets met.');
