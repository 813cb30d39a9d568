// The host's own script: size the iframe from its height messages (checking where
// they come from), and call the JavaScript API.
import { estimate } from '../delais-api.js';

const frame = document.getElementById('delais-frame');
// The frame's address declares this page's origin (`#origin=…`): the embed tells its
// height to that origin only. A partner on a fixed origin writes it in the src itself
// (README, "In an iframe"); this demo runs on whatever origin serves it.
const src = new URL(frame.dataset.src, location.href);
src.hash = `origin=${location.origin}`;
frame.src = src.href;
const embedOrigin = src.origin;

window.addEventListener('message', (event) => {
  if (event.origin !== embedOrigin || event.source !== frame.contentWindow) return;
  if (event.data?.type === 'delais:height' && Number.isFinite(event.data.height)) {
    frame.style.height = `${event.data.height}px`;
  }
});
// This module runs after the page is parsed: the frame may already have reported.
frame.contentWindow.postMessage({ type: 'delais:ask-height' }, embedOrigin);
frame.addEventListener('load', () => frame.contentWindow.postMessage({ type: 'delais:ask-height' }, embedOrigin));

estimate({ service: 'caq-etudes', received: '2025-12-19' }).then((result) => {
  document.getElementById('api-result').textContent = result.error ? result.error.message_fr : result.target;
});
