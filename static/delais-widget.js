// <delais-estimateur>: Délais inside a partner's page, in an open shadow root with its
// own styles, so the page's CSS does not reach in and the widget's does not leak out.
//
//   <script type="module" src="https://…/delais-widget.js"></script>
//   <delais-estimateur lang="fr" service="caq-etudes"></delais-estimateur>
//
// Attributes: lang (fr | en), service (a situation id: preselected, picker hidden),
// compact (one column). Changing an attribute updates the widget. Theme it with CSS
// custom properties on the element (README, "Embed it"). The Wasm is fetched and
// compiled once per page, however many widgets there are.
import init, { mount_widget } from './delais.js';

let ready;
function load() {
  ready ??= init(new URL('./delais_bg.wasm', import.meta.url));
  return ready;
}

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
    load()
      .then(() => {
        if (!this.isConnected || this.handle) return;
        this.handle = mount_widget(this.mountPoint, this.#lang(), this.getAttribute('service') ?? '', this.hasAttribute('compact'));
      })
      .catch((error) => console.error('Délais: the widget could not start', error));
  }

  attributeChangedCallback() {
    this.handle?.update(this.#lang(), this.getAttribute('service') ?? '', this.hasAttribute('compact'));
  }

  disconnectedCallback() {
    this.handle?.destroy();
    this.handle?.free();
    this.handle = undefined;
    this.mountPoint?.replaceChildren();
  }

  // The element's own lang, else the page's (a partner page in English gets English).
  #lang() {
    return this.getAttribute('lang') || document.documentElement.lang || '';
  }
}

if (!customElements.get('delais-estimateur')) customElements.define('delais-estimateur', DelaisEstimateur);
