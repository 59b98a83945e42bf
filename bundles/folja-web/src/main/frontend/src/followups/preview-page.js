// The questionnaire preview (/folja/admin/followups/preview/?questionnaire=<id>, role folja-admin): a template
// version's form for one respondent role, as staff will see it; nothing can be submitted.
import { LitElement, html } from 'lit';
import '../shared/folja-page-header.js';
import { pageLanguage, translator } from '../shared/i18n.js';

const MESSAGES = {
  sv: { title: 'Förhandsgranskning av formulär' },
  en: { title: 'Form preview' },
};

export class FoljaQuestionnairePreviewPage extends LitElement {
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

if (!customElements.get('folja-questionnaire-preview-page')) {
  customElements.define('folja-questionnaire-preview-page', FoljaQuestionnairePreviewPage);
}
