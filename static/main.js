// Entry point (no inline script: the Content-Security-Policy forbids them).
// wasm-bindgen's --target web output; the Rust side mounts the app in
// #[wasm_bindgen(start)].
import init from './delais.js';

init().catch((error) => {
  console.error('Délais: failed to start', error);
});
