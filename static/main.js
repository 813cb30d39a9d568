// The public page's entry point (no inline script: the Content-Security-Policy forbids
// them, but for index.html's one, allowed by its hash).
import init, { mount_app } from './delais.js';

const view = document.getElementById('app');
const prerendered = view.hasAttribute('data-prerendered');

// index.html holds the first view, rendered at build time (`data-prerendered`). The app
// renders afresh into a hidden sibling; when its first render is there (the observer
// runs after Yew's render, before the next paint), it takes the view's place: no frame
// shows both, or neither. On an address with answers (index.html's script marks the page
// `delais-restore`), the app renders them a task after the form (`data-pending` until
// then; `mount_app` in src/widget.rs): the swap waits for them. A situation picked in
// the view meanwhile is kept, and so is the focus.
function start() {
  if (!prerendered) {
    mount_app(view, '', false);
    return;
  }
  const live = document.createElement('div');
  live.hidden = true;
  view.after(live);
  new MutationObserver((_, observer) => {
    if (!live.firstChild || live.querySelector('[data-pending]')) return;
    observer.disconnect();
    const focused = view.contains(document.activeElement) ? document.activeElement.id : '';
    view.remove();
    live.id = 'app';
    live.hidden = false;
    if (focused) document.getElementById(focused)?.focus();
  }).observe(live, { childList: true, subtree: true });
  mount_app(live, view.querySelector('select[name=service]')?.value ?? '',
    document.documentElement.classList.contains('delais-restore'));
}

// The app replaces the view only once the browser has reported the view's largest paint
// (Largest Contentful Paint): a paint whose element is replaced before it is reported is
// dropped, and the page's LCP would become the app's render. The Wasm is fetched and
// compiled meanwhile. No such report (a browser without LCP, a tab in the background):
// at most a second's wait.
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

Promise.all([init(), painted])
  .then(start)
  .catch((error) => console.error('Délais: failed to start', error));

// Offline after the first visit: the service worker caches the app's own files.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (private mode, file://): the app still works online.
  });
}
