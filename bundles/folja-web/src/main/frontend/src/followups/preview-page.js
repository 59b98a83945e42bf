// The questionnaire preview page (/folja/admin/followups/preview/?questionnaire=<FHIR Questionnaire id>, role
// folja-admin): a template version's form for one respondent role as staff will see it, rendered by the same
// LHC-Forms setup as the follow-up page, clearly marked as a preview; nothing can be submitted. The respondent roles
// of the same template version can be chosen; the address carries only the questionnaire's id (no personal data).
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-page-header.js';
import { pageApi } from '../shared/page-api.js';
import { generalMessage } from '../shared/errors.js';
import { pageLanguage, translator, withLanguage } from '../shared/i18n.js';
import { MESSAGES } from './messages.js';
import { prepareQuestionnaire, renderQuestionnaire } from './questionnaire-form.js';
import { parseQuestionnaireId, roleOfQuestionnaireId } from './followups-model.js';

export class FoljaQuestionnairePreviewPage extends LitElement {
  static properties = {
    _id: { state: true },
    _siblings: { state: true },
    _title: { state: true },
    _state: { state: true },
    _error: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    document.title = `${this.t('previewTitle')} – Följa`;
    document.querySelector('folja-page-header')?.setAttribute('current', 'followupAdmin');
    this._api = pageApi();
    this._id = new URLSearchParams(location.search).get('questionnaire') ?? '';
    this._siblings = [];
    this._title = '';
    this._state = 'loading';
    this._error = '';
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this._start().catch((e) => this._fail(e));
  }

  _fail(e) {
    if (e?.status === 401) {
      return;
    }
    this._state = 'error';
    this._error = e?.status === 404 ? this.t('previewNotFound') : generalMessage(e, this.lang);
  }

  async _start() {
    await this._api.session();
    if (!parseQuestionnaireId(this._id)) {
      this._state = 'error';
      this._error = this.t('previewNotFound');
      return;
    }
    const questionnaire = (await this._api.get(`/fhir/Questionnaire/${encodeURIComponent(this._id)}`)).body;
    this._siblings = await this._roles(questionnaire);
    const prepared = await prepareQuestionnaire(this._api, questionnaire, this.lang);
    this._title = prepared.title ?? this._id;
    this._state = 'rendering';
    await this.updateComplete;
    const started = performance.now();
    await renderQuestionnaire(this.querySelector('#preview-form'), prepared, this.lang);
    this.dataset.renderMs = String(Math.round(performance.now() - started));
    this._state = 'shown';
  }

  /** The questionnaires of the same template version (one per respondent role), from the FHIR search. */
  async _roles(questionnaire) {
    const bundle = (await this._api.get('/fhir/Questionnaire', {
      query: { version: questionnaire.version },
    })).body;
    const own = parseQuestionnaireId(this._id);
    return (bundle.entry ?? []).map((e) => e.resource?.id)
      .filter((id) => {
        const ref = parseQuestionnaireId(id);
        return ref && ref.code === own.code && ref.version === own.version;
      });
  }

  render() {
    const t = this.t;
    const role = roleOfQuestionnaireId(this._id);
    return html`
      <h1>${t('previewHeading')}</h1>
      <div class="notification notification--info preview-notice">
        <p class="notification__title">${t('previewNotice')}</p>
        <p>${t('previewNoticeText')}</p>
      </div>
      ${this._title ? html`<h2>${this._title}</h2>` : nothing}
      ${role ? html`<p>${t('previewRole')}: <strong>${t(`role.${role}`)}</strong></p>` : nothing}
      ${this._siblings.length > 1 ? html`
        <nav aria-label=${t('previewRoles')}>
          <ul class="links">
            ${this._siblings.map((id) => html`<li><a href=${withLanguage(`/folja/admin/followups/preview/?questionnaire=${encodeURIComponent(id)}`, this.lang)}
              aria-current=${id === this._id ? 'page' : nothing}>${t(`role.${roleOfQuestionnaireId(id)}`)}</a></li>`)}
          </ul>
        </nav>` : nothing}
      ${this._state === 'loading' || this._state === 'rendering'
        ? html`<p role="status">${t('loadingForm')}</p>` : nothing}
      ${this._state === 'error' ? html`<p class="error-message" role="alert">${this._error}</p>` : nothing}
      <section class="questionnaire-preview" aria-label=${t('previewFormLabel')} ?hidden=${this._state === 'error'}>
        <div id="preview-form" class="questionnaire-form" data-state=${this._state}></div>
      </section>
      <p><a href=${withLanguage('/folja/admin/followups/', this.lang)}>${t('previewBack')}</a></p>`;
  }
}

customElements.define('folja-questionnaire-preview-page', FoljaQuestionnairePreviewPage);
