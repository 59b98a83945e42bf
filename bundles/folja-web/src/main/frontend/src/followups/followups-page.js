// The follow-up page (/folja/followups/, role folja-staff): my units' due and overdue follow-up occasions, answered in
// forms rendered from the template version's FHIR Questionnaire.
import { LitElement, html } from 'lit';
import '../shared/folja-page-header.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import '../proposals/folja-proposals-section.js';

const MESSAGES = {
  sv: { title: 'Uppföljningar' },
  en: { title: 'Follow-ups' },
};

export class FoljaFollowUpsPage extends LitElement {
  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    document.title = `${this.t('title')} – Följa`;
  }

  createRenderRoot() {
    return this;
  }

  render() {
    return html`<h1>${this.t('title')}</h1>
      <folja-proposals-section heading-level="2"></folja-proposals-section>`;
  }
}

if (!customElements.get('folja-followups-page')) {
  customElements.define('folja-followups-page', FoljaFollowUpsPage);
}
