// The iframe embed's entry point: mounts Délais compactly and tells the host page its
// height, so the host can size the iframe (README, "Embed it"). The height changes with
// what the person enters (an error, an answer), so it goes only to the origin the
// partner declared in the frame's address (`embed.html?…#origin=https://partner.example`),
// and without one to no one: a site that frames the embed cannot watch the form's state.
// The message carries nothing but the height; the host still checks `event.origin`.
import init, { mount_embed } from './delais.js';

const declared = declaredOrigin(location.hash);

/** `#origin=…` when it is exactly an origin (scheme, host, port; no path, not "null"). */
function declaredOrigin(hash) {
  const value = new URLSearchParams(hash.slice(1)).get('origin');
  try {
    const origin = new URL(value).origin;
    return origin !== 'null' && origin === value ? origin : null;
  } catch {
    return null;
  }
}

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
  if ((always || height !== last) && declared && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'delais:height', height }, declared);
  }
}
new ResizeObserver(() => report()).observe(document.documentElement);
// A host whose script runs late (a module, a deferred script) may have missed the
// reports: it can ask, and gets the current height.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.origin === declared && event.data?.type === 'delais:ask-height') report(true);
});
