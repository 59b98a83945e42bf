// The template administration (/folja/admin/followups/, role folja-admin): upload templates, browse their versions,
// preview each respondent role's form, enable and disable a version for a unit and a period.
import { LitElement, html } from 'lit';
import '../shared/folja-page-header.js';
import { pageLanguage, translator } from '../shared/i18n.js';

const MESSAGES = {
  sv: { title: 'Uppföljningsmallar' },
  en: { title: 'Follow-up templates' },
};

export class FoljaFollowUpAdminPage extends LitElement {
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
    return html`<h1>${this.t('title')}</h1>`;
  }
}

if (!customElements.get('folja-followup-admin-page')) {
  customElements.define('folja-followup-admin-page', FoljaFollowUpAdminPage);
}
