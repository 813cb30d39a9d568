// The caseload page's entry point (dossiers.html): the page's language from its address
// (`?lang=en`), else the browser's; the table itself lives in the Wasm's memory only.
import init, { mount_caseload } from './caseload.js';

init()
  .then(() => mount_caseload(document.getElementById('caseload'), new URLSearchParams(location.search).get('lang') ?? ''))
  .catch((error) => console.error('Délais: failed to start', error));

// Offline after the first visit: the service worker caches the release's own files.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (private mode, file://): the page still works online.
  });
}
