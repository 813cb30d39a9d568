// The public page's entry point (no inline script: the Content-Security-Policy forbids them).
import init, { mount_app } from './delais.js';

init()
  .then(() => mount_app(document.getElementById('app')))
  .catch((error) => console.error('Délais: failed to start', error));

// Offline after the first visit: the service worker caches the app's own files.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (private mode, file://): the app still works online.
  });
}
