// The catalogue page (/folja/admin/, role folja-admin): the reason catalogue (add, relabel, reorder, retire,
// reactivate, history, with a preview of the dropdown staff see) and the intervention types and units lists.
// Everything comes from the REST API; a browser without a session is sent to the login page (GET /session: 401).
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-page-header.js';
import { pageApi } from '../shared/page-api.js';
import { generalMessage } from '../shared/errors.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { MESSAGES } from './messages.js';
import './folja-reason-catalogue.js';
import './folja-catalogue-list.js';

export class FoljaCataloguePage extends LitElement {
  static properties = {
    _ready: { state: true },
    _error: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    this._ready = false;
    this._error = '';
    document.title = `${this.t('title')} – Följa`;
    document.querySelector('folja-page-header')?.setAttribute('current', 'catalogue');
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    // the session first: without one the API client sends the browser to the login page
    pageApi().session().then(() => {
      this._ready = true;
    }, (e) => {
      if (e?.status !== 401) {
        this._error = generalMessage(e, this.lang);
      }
    });
  }

  render() {
    const t = this.t;
    return html`
      <h1>${t('heading')}</h1>
      <p class="lead">${t('lead')}</p>
      ${this._error ? html`<p class="error-message" role="alert">${this._error}</p>` : nothing}
      ${this._ready ? html`
        <folja-reason-catalogue></folja-reason-catalogue>
        <folja-catalogue-list kind="intervention-types"></folja-catalogue-list>
        <folja-catalogue-list kind="units"></folja-catalogue-list>` : nothing}`;
  }
}

customElements.define('folja-catalogue-page', FoljaCataloguePage);
