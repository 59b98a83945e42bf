// <folja-proposals-section heading-level="2">: the staff's "Föreslagna inskrivningar" / "Proposed enrolments". It
// reads the enablements of the person's units (GET /followup-enablements), offers the unit and template pairs
// enabled today in a select, and shows <folja-enrolment-proposals> for the chosen pair, whose confirmations fire
// `enrolments-confirmed` (bubbling, composed) through this element, so that the page around it can read its
// occasions again. `heading-level` (default 2) is the level of its own heading; the proposals' heading is one
// below. Unit and template codes only are sent to the API; nothing is stored in the browser. Light DOM.
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-error-summary.js';
import { pageApi } from '../shared/page-api.js';
import { generalMessage } from '../shared/errors.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { SECTION_MESSAGES } from './section-messages.js';
import { enabledPairs, headingLevel, pairKey, today } from './section-logic.js';
import { heading } from './heading.js';
import './folja-enrolment-proposals.js';

let instances = 0;

export class FoljaProposalsSection extends LitElement {
  static properties = {
    headingLevel: { type: String, attribute: 'heading-level' },
    _pairs: { state: true },
    _chosen: { state: true },
    _summary: { state: true },
    _fieldError: { state: true },
    _loadError: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(SECTION_MESSAGES, this.lang);
    this.api = pageApi();
    this.headingLevel = '2';
    this._pairs = null;
    this._chosen = null;
    this._summary = [];
    this._fieldError = '';
    this._loadError = '';
    this._prefix = `proposals-section-${++instances}`;
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this._pairs === null) {
      this.load();
    }
  }

  /** Reads the enablements, the units' and templates' names again. */
  async load() {
    this._loadError = '';
    try {
      const [enablements, units, templates] = await Promise.all([
        this.api.get('/followup-enablements'),
        this.api.get('/units', { query: { lang: this.lang } }).catch(() => ({ body: [] })),
        this.api.get('/followup-templates').catch(() => ({ body: [] })),
      ]);
      const unitLabels = Object.fromEntries((units.body ?? []).map((u) => [u.code, u.label]));
      const titles = Object.fromEntries((templates.body ?? []).map((x) => [x.code,
        x.title?.[this.lang] ?? x.title?.sv ?? x.code]));
      this._pairs = enabledPairs(enablements.body, today(), unitLabels, titles);
      if (this._pairs.length === 1) {
        this._chosen = this._pairs[0];
      }
    } catch (e) {
      this._pairs = null;
      this._loadError = generalMessage(e, this.lang);
    }
  }

  get _level() {
    return headingLevel(this.headingLevel, 2);
  }

  _id(...parts) {
    return [this._prefix, ...parts].join('-');
  }

  async _show(event) {
    event.preventDefault();
    const value = this.querySelector(`#${this._id('pair')}`).value;
    const pair = this._pairs.find((p) => pairKey(p) === value);
    if (!pair) {
      this._fieldError = this.t('noPair');
      this._summary = [{ href: `#${this._id('pair')}`, message: this.t('noPair') }];
      return;
    }
    this._fieldError = '';
    this._summary = [];
    const same = this._chosen && pairKey(this._chosen) === value;
    this._chosen = pair;
    await this.updateComplete;
    const proposals = this.querySelector('folja-enrolment-proposals');
    if (same) {
      await proposals.reload();
    }
    await proposals.updateComplete;
    proposals.querySelector('h1, h2, h3, h4, h5, h6')?.focus();
  }

  _renderChooser() {
    const t = this.t;
    if (this._pairs.length === 0) {
      return html`<p class="proposals-nothing">${t('nothingEnabled')}</p>`;
    }
    const id = this._id('pair');
    const error = this._fieldError;
    const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
    return html`
      <form novalidate class="proposals-chooser" @submit=${(e) => this._show(e)}>
        <div class="form-group ${error ? 'form-group--error' : ''}">
          <label class="label" for=${id}>${t('pair')}</label>
          <p class="hint" id=${`${id}-hint`}>${t('pairHint')}</p>
          ${error ? html`<p class="error-message" id=${`${id}-error`}>
            <span class="visually-hidden">${t('error')}</span> ${error}</p>` : nothing}
          <select class="select ${error ? 'select--error' : ''}" id=${id} name="pair" aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : nothing}>
            <option value="" ?selected=${!this._chosen}>${t('choosePair')}</option>
            ${this._pairs.map((p) => html`<option value=${pairKey(p)}
              ?selected=${this._chosen && pairKey(this._chosen) === pairKey(p)}>${t('pairOption', p)}</option>`)}
          </select>
        </div>
        <button type="submit" class="button">${t('show')}</button>
      </form>`;
  }

  render() {
    const t = this.t;
    const chosen = this._chosen;
    return html`
      <section class="proposals-section" aria-labelledby=${this._id('heading')}>
        ${heading(this._level, this._id('heading'), t('heading'))}
        <p>${t('lead')}</p>
        <folja-error-summary .errors=${this._summary} lang=${this.lang}></folja-error-summary>
        ${this._loadError ? html`<p class="error-message" role="alert">${this._loadError}</p>` : nothing}
        ${this._pairs === null ? (this._loadError ? nothing : html`<p>${t('loading')}</p>`) : this._renderChooser()}
        ${chosen ? html`<folja-enrolment-proposals unit=${chosen.unit} template=${chosen.template}
          heading-level=${String(Math.min(this._level + 1, 6))}
          heading-text=${t('pairOption', chosen)}></folja-enrolment-proposals>` : nothing}
      </section>`;
  }
}

if (!customElements.get('folja-proposals-section')) {
  customElements.define('folja-proposals-section', FoljaProposalsSection);
}
