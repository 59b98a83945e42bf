// The template administration (/folja/admin/followups/, role folja-admin): every template with its latest version
// (GET /followup-templates); one template shown at a time with its versions (GET …/{code}/versions), each version's
// content (its document: roles, questions, occasions, population; downloadable as stored) and a preview link per
// respondent role; where it is enabled (<folja-template-enablements>); and the upload (<folja-template-upload>).
// Proposed enrolments hold personal data and are for the unit's staff only: the page says so.
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-page-header.js';
import '../shared/folja-error-summary.js';
import { pageApi } from '../shared/page-api.js';
import { formErrors, generalMessage } from '../shared/errors.js';
import { formatDateTime } from '../shared/format.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { MESSAGES } from './messages.js';
import { countQuestions, describeTemplate, documentAddress, previewAddress } from './followup-admin-logic.js';
import './folja-template-upload.js';
import './folja-template-enablements.js';

export class FoljaFollowUpAdminPage extends LitElement {
  static properties = {
    _ready: { state: true },
    _error: { state: true },
    _templates: { state: true },
    _units: { state: true },
    _selected: { state: true },
    _versions: { state: true },
    _content: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    this.api = pageApi();
    this._ready = false;
    this._error = '';
    this._templates = null;
    this._units = [];
    this._selected = null;
    this._versions = [];
    this._content = null;
    document.title = `${this.t('title')} – Följa`;
    document.querySelector('folja-page-header')?.setAttribute('current', 'followupAdmin');
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    // the session first: without one the API client sends the browser to the login page
    this.api.session().then(() => {
      this._ready = true;
      return Promise.all([this._loadTemplates(), this._loadUnits()]);
    }).catch((e) => {
      if (e?.status !== 401) {
        this._error = generalMessage(e, this.lang);
      }
    });
  }

  async _loadTemplates() {
    const answer = await this.api.get('/followup-templates');
    this._templates = [...(answer.body ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  }

  async _loadUnits() {
    const answer = await this.api.get('/units', { query: { lang: this.lang } });
    this._units = answer.body ?? [];
  }

  template(code) {
    return this._templates?.find((x) => x.code === code) ?? null;
  }

  /** Shows one template: its versions, enablements and enable form. */
  async _select(code, { focus = true } = {}) {
    this._selected = code;
    this._content = null;
    this._versions = [];
    try {
      const answer = await this.api.get(`/followup-templates/${encodeURIComponent(code)}/versions`);
      if (this._selected === code) {
        this._versions = answer.body ?? [];
      }
    } catch (e) {
      this._error = generalMessage(e, this.lang);
    }
    if (focus) {
      await this.updateComplete;
      document.getElementById('template-heading')?.focus();
    }
  }

  async _stored(event) {
    const stored = event.detail;
    try {
      await this._loadTemplates();
      await this._select(stored.code, { focus: false });
    } catch (e) {
      this._error = generalMessage(e, this.lang);
    }
  }

  async _browse(version) {
    const code = this._selected;
    this._content = { code, version: version.version, described: null, errors: [] };
    try {
      const answer = await this.api.get(`/followup-templates/${encodeURIComponent(code)}/versions/${version.version}`);
      if (this._content?.code === code && this._content.version === version.version) {
        this._content = { code, version: version.version, described: describeTemplate(answer.body, this.lang), errors: [] };
      }
    } catch (e) {
      this._content = { code, version: version.version, described: null,
        errors: formErrors(e, {}, this.lang).summary };
    }
    await this.updateComplete;
    document.getElementById('content-heading')?.focus();
  }

  _closeContent() {
    const version = this._content?.version;
    this._content = null;
    this.updateComplete.then(() => document.getElementById(`version-${version}-browse`)?.focus());
  }

  // ---- rendering -----------------------------------------------------------------------------------------------

  _renderTemplates() {
    const t = this.t;
    if (this._templates === null) {
      return html`<p>${t('loading')}</p>`;
    }
    if (this._templates.length === 0) {
      return html`<p>${t('noTemplates')}</p>`;
    }
    return html`
      <div class="table-wrapper">
        <table class="table" id="templates-table">
          <caption>${t('templatesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('code')}</th>
              <th scope="col">${t('templateTitle')}</th>
              <th scope="col">${t('latestVersion')}</th>
              <th scope="col">${t('storedAt')}</th>
              <th scope="col">${t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${this._templates.map((x) => html`
              <tr data-code=${x.code}>
                <th scope="row"><code>${x.code}</code></th>
                <td>${this._title(x.title)}</td>
                <td>${x.version}</td>
                <td class="nowrap">${formatDateTime(x.storedAt)}</td>
                <td>${this._selected === x.code
                  ? html`<strong class="tag">${t('shown')}</strong>`
                  : html`<button type="button" class="link-button" id=${`template-${x.code}-show`}
                      aria-label=${t('showTemplate', x)} @click=${() => this._select(x.code)}>${t('show')}</button>`}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  _title(title) {
    return (this.lang === 'en' ? title?.en : null) || title?.sv || '';
  }

  _renderVersions(template) {
    const t = this.t;
    return html`
      <h3 id="versions-heading">${t('versionsHeading', template)}</h3>
      <div class="table-wrapper">
        <table class="table" id="versions-table">
          <caption class="visually-hidden">${t('versionsCaption', template)}</caption>
          <thead>
            <tr>
              <th scope="col">${t('version')}</th>
              <th scope="col">${t('storedAt')}</th>
              <th scope="col">${t('storedBy')}</th>
              <th scope="col">${t('origin')}</th>
              <th scope="col">${t('size')}</th>
              <th scope="col">${t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${this._versions.map((v) => html`
              <tr data-version=${v.version}>
                <th scope="row">${v.version}</th>
                <td class="nowrap">${formatDateTime(v.storedAt)}</td>
                <td>${v.storedBy ?? ''}</td>
                <td>${t(v.origin)}</td>
                <td class="nowrap">${t('bytes', v.size)}</td>
                <td>
                  <div class="row-actions">
                    <button type="button" class="link-button" id=${`version-${v.version}-browse`}
                      aria-label=${t('browseVersion', v.code, v.version)} @click=${() => this._browse(v)}>${t('browse')}</button>
                    <a href=${documentAddress(v.code, v.version)} download=${`${v.code}-v${v.version}.json`}
                      id=${`version-${v.version}-download`} aria-label=${t('downloadVersion', v.code, v.version)}>${t('download')}</a>
                  </div>
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${this._renderContent()}`;
  }

  _renderQuestions(questions) {
    const t = this.t;
    return html`<ol class="question-list">${questions.map((q) => html`
      <li data-link-id=${q.linkId}>
        <span class="question-text">${q.prefix ? html`${q.prefix} ` : nothing}${q.text || q.linkId}</span>
        <span class="question-meta">${t('kind', q.kind)}${q.required ? html`, ${t('requiredQuestion')}` : nothing}${q.conditional
          ? html`, ${t('conditional')}` : nothing}${q.range ? html`, ${t('rangeText', q.range)}` : nothing}</span>
        ${q.options.length > 0 ? html`<span class="question-options">${t('options')}: ${q.options.join(', ')}</span>` : nothing}
        ${q.items.length > 0 ? this._renderQuestions(q.items) : nothing}
      </li>`)}</ol>`;
  }

  _occasion(o) {
    return ['BASELINE', 'EVERY_N_WEEKS', 'AT_END', 'MONTHS_AFTER_END'].includes(o.kind) ? this.t(o.kind, o)
      : String(o.kind ?? '');
  }

  _renderContent() {
    const c = this._content;
    if (!c) {
      return nothing;
    }
    const t = this.t;
    const d = c.described;
    return html`
      <section class="admin-panel" aria-labelledby="content-heading" id="version-content">
        <h3 id="content-heading" tabindex="-1">${t('contentHeading', c.code, c.version)}</h3>
        <folja-error-summary .errors=${c.errors} lang=${this.lang}></folja-error-summary>
        ${d === null ? (c.errors.length === 0 ? html`<p>${t('loading')}</p>` : nothing) : html`
          <dl class="summary-list">
            <div><dt>${t('templateTitle')}</dt><dd>${this._title(d.title)}</dd></div>
            ${d.purpose ? html`<div><dt>${t('purpose')}</dt><dd class="purpose">${this._title(d.purpose)}</dd></div>` : nothing}
            <div><dt>${t('population')}</dt><dd>${d.interventionTypes.length === 0 && !d.ageYears ? t('everyone') : html`
              ${d.interventionTypes.length > 0 ? html`${t('interventionTypes')}: ${d.interventionTypes.join(', ')}. ` : nothing}
              ${d.ageYears ? html`${t('age')}: ${t('ageRange', d.ageYears.min, d.ageYears.max)}.` : nothing}`}</dd></div>
            <div><dt>${t('occasions')}</dt><dd>${d.occasions.map((o) => this._occasion(o)).join(', ')}</dd></div>
          </dl>
          ${d.roles.map((r) => html`
            <section class="role" aria-labelledby=${`role-${r.role}-heading`} data-role=${r.role}>
              <h4 id=${`role-${r.role}-heading`}>${t('roleHeading', t(r.role))}</h4>
              <p>${r.title ? html`${r.title}. ` : nothing}${t('questionCount', countQuestions(r.questions))}.
                <a href=${previewAddress(c.code, c.version, r.role, this.lang)} id=${`preview-${r.role}`}>${t('preview', t(r.role))}</a></p>
              ${this._renderQuestions(r.questions)}
            </section>`)}`}
        <button type="button" class="button button--secondary" @click=${() => this._closeContent()}>${t('close')}</button>
      </section>`;
  }

  _renderSelected() {
    const template = this._selected ? this.template(this._selected) : null;
    if (!template) {
      return nothing;
    }
    const t = this.t;
    return html`
      <section class="template-detail" aria-labelledby="template-heading" data-code=${template.code}>
        <h2 id="template-heading" tabindex="-1">${template.code}: ${this._title(template.title)}</h2>
        ${this._renderVersions(template)}
        <folja-template-enablements .template=${template} .versions=${this._versions} .units=${this._units}>
        </folja-template-enablements>
        <section aria-labelledby="proposals-heading">
          <h3 id="proposals-heading">${t('proposalsHeading')}</h3>
          <p id="proposals-text">${t('proposalsText')}</p>
        </section>
      </section>`;
  }

  render() {
    const t = this.t;
    return html`
      <h1>${t('heading')}</h1>
      <p class="lead">${t('lead')}</p>
      ${this._error ? html`<p class="error-message" role="alert">${this._error}</p>` : nothing}
      ${this._ready ? html`
        <section aria-labelledby="templates-heading">
          <h2 id="templates-heading">${t('templatesHeading')}</h2>
          ${this._renderTemplates()}
        </section>
        ${this._renderSelected()}
        <folja-template-upload @template-stored=${(e) => this._stored(e)}></folja-template-upload>` : nothing}`;
  }
}

if (!customElements.get('folja-followup-admin-page')) {
  customElements.define('folja-followup-admin-page', FoljaFollowUpAdminPage);
}
