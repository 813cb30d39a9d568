// <delais-estimateur>: Délais inside a partner's page, in an open shadow root with its
// own styles, so the page's CSS does not reach in and the widget's does not leak out.
//
//   <script type="module" src="https://…/delais-widget.js"></script>
//   <delais-estimateur lang="fr" service="caq-etudes"></delais-estimateur>
//
// Attributes: lang (fr | en), service (a situation id: preselected, picker hidden),
// compact (one column). Changing an attribute updates the widget; an unknown service
// shows the picker and names the unknown value. Moving the element, or taking it out
// and putting it back, keeps what was entered. Theme it with CSS custom properties on
// the element (README, "Embed it"). The Wasm is fetched and compiled once per page,
// however many widgets there are; if that fails, the widget says so and offers a retry.
import init, { mount_widget } from './delais.js';

// One load for the page, shared by every widget; a failed one is forgotten, so the
// next widget (or a click on « Réessayer ») downloads again instead of failing forever.
let ready;
function load() {
  ready ??= init(new URL('./delais_bg.wasm', import.meta.url)).catch((error) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

// Shown when the Wasm could not be loaded (so without the app's catalogue).
const FAILURE = {
  fr: { text: "Le calculateur Délais n'a pas pu être chargé. La connexion a peut-être été interrompue.", retry: 'Réessayer' },
  en: { text: 'The Délais calculator could not be loaded. The connection may have been interrupted.', retry: 'Try again' },
};

class DelaisEstimateur extends HTMLElement {
  static observedAttributes = ['lang', 'service', 'compact'];

  connectedCallback() {
    if (this.shadowRoot) return this.#mount();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('./delais-widget.css', import.meta.url).href;
    this.mountPoint = document.createElement('div');
    // Shown until the stylesheet arrives, so the widget never flashes unstyled.
    this.mountPoint.hidden = true;
    style.addEventListener('load', () => { this.mountPoint.hidden = false; }, { once: true });
    style.addEventListener('error', () => { this.mountPoint.hidden = false; }, { once: true });
    root.append(style, this.mountPoint);
    this.#mount();
  }

  #mount() {
    this.failure?.remove();
    this.failure = undefined;
    load()
      .then(() => {
        if (!this.isConnected || this.handle) return;
        // `saved`: the answers it had when it was last taken out of the page.
        this.handle = mount_widget(this.mountPoint, this.#lang(), this.getAttribute('service') ?? '', this.hasAttribute('compact'), this.saved ?? '');
      })
      .catch((error) => {
        console.error('Délais: the widget could not start', error);
        if (this.isConnected) this.#showFailure();
      });
  }

  // What happened, in the widget's language, and a way to try again.
  #showFailure() {
    if (this.failure) return;
    const words = this.#lang().toLowerCase().startsWith('en') ? FAILURE.en : FAILURE.fr;
    const box = document.createElement('div');
    box.className = 'load-failure';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = words.text;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'button-secondary';
    retry.textContent = words.retry;
    retry.addEventListener('click', () => this.#mount());
    box.append(text, retry);
    this.failure = box;
    this.shadowRoot.append(box);
  }

  attributeChangedCallback() {
    this.handle?.update(this.#lang(), this.getAttribute('service') ?? '', this.hasAttribute('compact'));
  }

  // Moved in the page (taken out and put back in one go): nothing to do, the app moves
  // with the shadow root. Really taken out: the app is freed, and its answers stay in
  // this element (memory only) to come back if the element is put back.
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected || !this.handle) return;
      this.saved = this.handle.query();
      this.handle.destroy();
      this.handle.free();
      this.handle = undefined;
      this.mountPoint?.replaceChildren();
    });
  }

  // The element's own lang, else the page's (a partner page in English gets English).
  #lang() {
    return this.getAttribute('lang') || document.documentElement.lang || '';
  }
}

if (!customElements.get('delais-estimateur')) customElements.define('delais-estimateur', DelaisEstimateur);
