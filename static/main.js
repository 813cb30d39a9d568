// Entry point (no inline script: the Content-Security-Policy forbids them).
// wasm-bindgen's --target web output; the Rust side mounts the app on #app in
// #[wasm_bindgen(start)].
import init from './delais.js';

init().catch((error) => {
  console.error('Délais: failed to start', error);
});

// Offline after the first visit: the service worker caches the app's own files.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (private mode, file://): the app still works online.
  });
}
