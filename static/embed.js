// The iframe embed's entry point: mounts Délais compactly and tells the host page its
// height, so the host can size the iframe (README, "Embed it"). The message carries
// nothing but the height; the host must check `event.origin` before using it.
import init, { mount_embed } from './delais.js';

const root = document.getElementById('app');

init()
  .then(() => {
    mount_embed(root);
    // Chromium does not run ResizeObserver in a cross-origin frame below the fold (its
    // rendering is throttled until it is scrolled into view): report once rendered.
    setTimeout(() => report(), 0);
  })
  .catch((error) => console.error('Délais: failed to start', error));

let last = 0;
function report(always = false) {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((always || height !== last) && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'delais:height', height }, '*');
  }
}
new ResizeObserver(() => report()).observe(document.documentElement);
// A host whose script runs late (a module, a deferred script) may have missed the
// reports: it can ask, and gets the current height.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data?.type === 'delais:ask-height') report(true);
});
