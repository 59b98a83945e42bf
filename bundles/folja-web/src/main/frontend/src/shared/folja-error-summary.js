// <folja-error-summary>: the GOV.UK error summary. Set `errors` to `[{href, message}]` (from formErrors); it shows
// them under a heading, each linking to its field, and takes the focus so that a screen reader reads it at once.
// Empty errors: it shows nothing. Light DOM: folja.css styles it.
import { LitElement, html, nothing } from 'lit';

const HEADING = { sv: 'Det finns ett problem', en: 'There is a problem' };
let instances = 0;

export class FoljaErrorSummary extends LitElement {
  static properties = {
    errors: { type: Array },
    lang: { type: String },
  };

  constructor() {
    super();
    this.errors = [];
    this._titleId = `error-summary-title-${++instances}`;
  }

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('errors') && this.errors.length > 0) {
      this.querySelector('.error-summary')?.focus();
    }
  }

  _follow(event, href) {
    const target = document.getElementById(href.slice(1));
    if (target) {
      event.preventDefault();
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  }

  render() {
    if (!this.errors || this.errors.length === 0) {
      return nothing;
    }
    const lang = (this.lang || document.documentElement.lang) === 'en' ? 'en' : 'sv';
    return html`
      <div class="error-summary" role="alert" tabindex="-1" aria-labelledby=${this._titleId}>
        <h2 class="error-summary__title" id=${this._titleId}>${HEADING[lang]}</h2>
        <ul class="error-summary__list">
          ${this.errors.map((e) => html`<li>${e.href
            ? html`<a href=${e.href} @click=${(event) => this._follow(event, e.href)}>${e.message}</a>`
            : e.message}</li>`)}
        </ul>
      </div>`;
  }
}

if (!customElements.get('folja-error-summary')) {
  customElements.define('folja-error-summary', FoljaErrorSummary);
}
