// What the benchmark loads and with which browser: the paths, Chromium and its flags, the
// shared link with a full state, and the five pages measured side by side.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = path.join(ROOT, 'bench', 'out');

export const log = (...a) => console.error('bench:', ...a);

// Same browser and flags as playwright.config.ts.
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// A fresh browser context, as every load of the benchmark gets: no HTTP cache, service
// workers blocked (nothing cached offline), the French-Canadian locale.
export const freshContext = (browser) => browser.newContext({ serviceWorkers: 'block', locale: 'fr-CA' });

// The shared link with a full state (in French), and what the page shows and takes there.
export const FULL_STATE = '/?lang=fr&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12'
  + '&decision=2026-03-02&outcome=refusal&from=abroad&asof=2026-03-10';
// The answer (result.rs: <p id="target">); its <time>'s datetime attribute is the target date.
export const RESULT = '#target time';
// The received date's input: DateField::id in src/app/state.rs.
export const RECEIVED = '#received';
// The button that adds a clock stop, by its role and accessible name (the catalogue's
// `stop_add`, in French as the link asks).
export const ADD_STOP = { role: 'button', name: 'Ajouter une demande de documents' };
// The n-th stop's fields (from 1) are #stop-n-from and #stop-n-to (DateField::id in src/app/state.rs).
// Two receipt dates with different targets, alternated; a stop that moves the target.
export const RECEIVED_VALUES = ['2025-12-12', '2025-12-19'];
export const NEW_STOP = { from: '2026-01-19', to: '2026-01-23' };

// What is loaded. `first`: what counts as the first result; `ready`: the app has
// replaced the prerendered view; `probe`: an input whose answer defines "interactive";
// `watch`: where the answer shows. The key order is the order of each round of cold loads.
const LIVE = '#app:not([data-prerendered])';
export const PAGES = {
  home: {
    label: 'Délais, no address', dir: path.join(ROOT, 'dist'), url: '/',
    first: '#app h1', ready: `${LIVE} #service`, probe: null,
  },
  app: {
    label: 'Délais (full-state link)', dir: path.join(ROOT, 'dist'), url: FULL_STATE,
    first: RESULT, ready: `${LIVE} ${RESULT}`, probe: { input: RECEIVED, value: '2025-12-12', watch: RESULT, attribute: 'datetime' },
  },
  static_home: {
    label: 'Static HTML copy of the page with no address', dir: path.join(OUT, 'static-home'), url: '/',
    first: 'h1', probe: null,
  },
  empty: {
    label: 'Empty Yew 0.23 app', dir: path.join(OUT, 'empty-app'), url: '/',
    first: 'h1', probe: { input: '#probe', value: 'probe', watch: 'h1', attribute: null },
  },
  static: {
    label: 'Static HTML copy of the result page', dir: path.join(OUT, 'static'), url: '/',
    first: RESULT, probe: null,
  },
};
