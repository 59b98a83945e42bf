// The documentation page (/folja/, role folja-staff): the journal entries in the user's units that await a reason,
// registering one with <folja-reason-picker>, and the registration's write-back state and history.
import { LitElement, html } from 'lit';
import '../shared/folja-page-header.js';
import '../folja-reason-picker.js';
import { pageLanguage, translator } from '../shared/i18n.js';

const MESSAGES = {
  sv: { title: 'Registrera orsak', heading: 'Ej genomförda insatser som väntar på orsak' },
  en: { title: 'Register a reason', heading: 'Missed visits awaiting a reason' },
};

export class FoljaDocumentationPage extends LitElement {
  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    document.title = `${this.t('title')} – Följa`;
    document.querySelector('folja-page-header')?.setAttribute('current', 'documentation');
  }

  createRenderRoot() {
    return this;
  }

  render() {
    return html`<h1>${this.t('heading')}</h1>`;
  }
}

customElements.define('folja-documentation-page', FoljaDocumentationPage);
