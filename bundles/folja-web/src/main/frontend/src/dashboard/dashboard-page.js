// The dashboard (/folja/dashboard/, role folja-statistician): the non-deliveries and follow-ups as charts, drawn from
// the export API.
import { LitElement, html } from 'lit';
import '../shared/folja-page-header.js';
import { pageLanguage, translator } from '../shared/i18n.js';

const MESSAGES = {
  sv: { title: 'Statistik' },
  en: { title: 'Statistics' },
};

export class FoljaDashboardPage extends LitElement {
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

if (!customElements.get('folja-dashboard-page')) {
  customElements.define('folja-dashboard-page', FoljaDashboardPage);
}
