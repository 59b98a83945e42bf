// The catalogue page (/folja/admin/, role folja-admin): the reason catalogue (add, relabel, reorder, retire,
// reactivate, history) and the intervention types and units lists.
import { LitElement, html } from 'lit';
import '../shared/folja-page-header.js';
import { pageLanguage, translator } from '../shared/i18n.js';

const MESSAGES = {
  sv: { title: 'Kataloger', heading: 'Kataloger' },
  en: { title: 'Catalogues', heading: 'Catalogues' },
};

export class FoljaCataloguePage extends LitElement {
  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    document.title = `${this.t('title')} – Följa`;
    document.querySelector('folja-page-header')?.setAttribute('current', 'catalogue');
  }

  createRenderRoot() {
    return this;
  }

  render() {
    return html`<h1>${this.t('heading')}</h1>`;
  }
}

customElements.define('folja-catalogue-page', FoljaCataloguePage);
