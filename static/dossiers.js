// The caseload page's entry point (dossiers.html): the page's language from its address
// (`?lang=en`), else the browser's; the table itself lives in the Wasm's memory only.
import init, { mount_caseload } from './caseload.js';

const view = document.getElementById('app');
const prerendered = view.hasAttribute('data-prerendered');
const lang = new URLSearchParams(location.search).get('lang') ?? '';

// dossiers.html holds the first view (no file open), rendered at build time
// (`data-prerendered`), as index.html does (static/main.js). The app renders afresh into a
// hidden sibling; when its first render is there (the observer runs after Yew's render,
// before the next paint), it takes the view's place: no frame shows both, or neither.
// What was done in the view meanwhile is kept: the focus, the text pasted, the columns'
// note opened, a file chosen (read as if chosen in the app).
function start() {
  if (!prerendered) {
    mount_caseload(view, lang);
    return;
  }
  const live = document.createElement('div');
  live.hidden = true;
  view.after(live);
  new MutationObserver((_, observer) => {
    if (!live.firstChild) return;
    observer.disconnect();
    const focused = view.contains(document.activeElement) ? document.activeElement.id : '';
    const pasted = view.querySelector('#caseload-paste')?.value ?? '';
    const opened = view.querySelector('details')?.open ?? false;
    const files = view.querySelector('#caseload-file')?.files;
    view.remove();
    live.id = 'app';
    live.hidden = false;
    const paste = document.getElementById('caseload-paste');
    if (paste && pasted) paste.value = pasted;
    const details = live.querySelector('details');
    if (details && opened) details.open = true;
    if (focused) document.getElementById(focused)?.focus();
    const file = document.getElementById('caseload-file');
    if (file && files?.length) {
      file.files = files;
      file.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }).observe(live, { childList: true, subtree: true });
  mount_caseload(live, lang);
}

// The app replaces the view only once the browser has reported the view's largest paint
// (Largest Contentful Paint): a paint whose element is replaced before it is reported is
// dropped, and the page's LCP would become the app's render. Unlike index.html, the Wasm
// is fetched only then, not preloaded: its 160 KB would share the network with the view's
// CSS, and Lighthouse counts every request that precedes the largest paint in its
// estimate of it. No such report (a browser without LCP, a tab in the background): at
// most a second's wait.
const painted = new Promise((resolve) => {
  if (!prerendered
    || !(window.PerformanceObserver?.supportedEntryTypes ?? []).includes('largest-contentful-paint')) {
    resolve();
    return;
  }
  new PerformanceObserver((_, observer) => {
    observer.disconnect();
    resolve();
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(resolve, 1000);
});

painted
  .then(() => init())
  .then(start)
  .catch((error) => console.error('Délais: failed to start', error));

// Offline after the first visit: the service worker caches the release's own files.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (private mode, file://): the page still works online.
  });
}
