// <folja-template-upload>: the upload form of the template administration. A JSON file (read into the text box) or
// a pasted document is sent byte for byte to POST /admin/followup-templates: 201 "stored as version N", 200
// "identical to version N", 400 each refusal by its JSON path in the error summary and beside the document (with the
// line it points at), 413 told in words. Fires `template-stored` ({detail: the version}) after a 201 or 200.
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-error-summary.js';
import { pageApi } from '../shared/page-api.js';
import { generalMessage } from '../shared/errors.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { MESSAGES } from './messages.js';
import { placeErrors } from './followup-admin-logic.js';

const ID = 'upload';

export class FoljaTemplateUpload extends LitElement {
  static properties = {
    _busy: { state: true },
    _summary: { state: true },
    _placed: { state: true },
    _documentError: { state: true },
    _fileError: { state: true },
    _result: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    this.api = pageApi();
    this._busy = false;
    this._summary = [];
    this._placed = [];
    this._documentError = '';
    this._fileError = '';
    this._result = null;
  }

  createRenderRoot() {
    return this;
  }

  get _textarea() {
    return this.querySelector(`#${ID}-document`);
  }

  async _fileChosen(event) {
    const file = event.target.files?.[0];
    this._fileError = '';
    if (!file) {
      return;
    }
    try {
      this._textarea.value = await file.text();
    } catch (e) {
      this._fileError = this.t('fileUnreadable');
    }
  }

  _clearErrors() {
    this._summary = [];
    this._placed = [];
    this._documentError = '';
  }

  async _submit(event) {
    event.preventDefault();
    const t = this.t;
    const text = this._textarea.value;
    this._clearErrors();
    this._result = null;
    if (text.trim() === '') {
      this._documentError = t('emptyDocument');
      this._summary = [{ href: `#${ID}-document`, message: t('emptyDocument') }];
      return;
    }
    this._busy = true;
    try {
      const answer = await this.api.postText('/admin/followup-templates', text);
      const stored = answer.body;
      this._result = { created: answer.status === 201, version: stored };
      this._busy = false;
      await this.updateComplete;
      this.querySelector(`#${ID}-result`)?.focus();
      this.dispatchEvent(new CustomEvent('template-stored', { detail: stored, bubbles: true, composed: true }));
    } catch (e) {
      this._busy = false;
      this._showRefusal(e, text);
    }
  }

  _showRefusal(e, text) {
    const t = this.t;
    if (e?.status === 400 && e.errors.length > 0) {
      this._placed = placeErrors(text, e.errors);
      this._documentError = t('refused', e.errors.length);
      this._summary = [
        { href: `#${ID}-document`, message: t('refused', e.errors.length) },
        ...this._placed.map((p, index) => ({ href: `#${ID}-error-${index}`, message: t('summaryError', p) })),
      ];
    } else if (e?.status === 413) {
      this._documentError = t('tooLarge');
      this._summary = [{ href: `#${ID}-document`, message: t('tooLarge') }];
    } else if (e?.status === 415) {
      this._documentError = t('notJson');
      this._summary = [{ href: `#${ID}-document`, message: t('notJson') }];
    } else {
      this._summary = [{ href: null, message: generalMessage(e, this.lang) }];
    }
  }

  _renderResult() {
    if (!this._result) {
      return nothing;
    }
    const v = this._result.version;
    return html`<div class="notification" id=${`${ID}-result`} tabindex="-1" role="status">
      <p class="notification__text">${this._result.created ? this.t('created', v) : this.t('identical', v)}</p></div>`;
  }

  _renderPlaced() {
    if (this._placed.length === 0) {
      return nothing;
    }
    const t = this.t;
    return html`
      <div class="document-errors" id=${`${ID}-errors`}>
        <h3>${t('documentErrorsHeading')}</h3>
        <p class="hint">${t('documentErrorsLead')}</p>
        <ol class="document-errors__list">
          ${this._placed.map((p, index) => html`
            <li id=${`${ID}-error-${index}`} tabindex="-1" data-field=${p.field}>
              <code class="document-errors__path" lang="en">${p.field}</code>
              <span class="document-errors__message" lang="en">${p.message}</span>
              ${p.line ? html`<span class="document-errors__line">${t('line', p.line)}:
                <code>${p.lineText}</code></span>` : html`<span class="document-errors__line">${t('noLine')}</span>`}
            </li>`)}
        </ol>
      </div>`;
  }

  render() {
    const t = this.t;
    const docError = this._documentError;
    const describedBy = [`${ID}-document-hint`, docError ? `${ID}-document-error` : null,
      this._placed.length > 0 ? `${ID}-errors` : null].filter(Boolean).join(' ');
    return html`
      <section aria-labelledby=${`${ID}-heading`}>
        <h2 id=${`${ID}-heading`}>${t('uploadHeading')}</h2>
        <p>${t('uploadLead')}</p>
        <folja-error-summary .errors=${this._summary} lang=${this.lang}></folja-error-summary>
        ${this._renderResult()}
        <form novalidate @submit=${(e) => this._submit(e)}>
          <div class="form-group ${this._fileError ? 'form-group--error' : ''}">
            <label class="label" for=${`${ID}-file`}>${t('file')}</label>
            <div class="hint" id=${`${ID}-file-hint`}>${t('fileHint')}</div>
            ${this._fileError ? html`<p class="error-message" id=${`${ID}-file-error`}><span class="visually-hidden">${t('error')}</span> ${this._fileError}</p>` : nothing}
            <input class="file-upload" type="file" id=${`${ID}-file`} accept=".json,application/json"
              aria-describedby=${`${ID}-file-hint${this._fileError ? ` ${ID}-file-error` : ''}`}
              @change=${(e) => this._fileChosen(e)}>
          </div>
          <div class="form-group ${docError ? 'form-group--error' : ''}">
            <label class="label" for=${`${ID}-document`}>${t('document')}</label>
            <div class="hint" id=${`${ID}-document-hint`}>${t('documentHint')}</div>
            ${docError ? html`<p class="error-message" id=${`${ID}-document-error`}><span class="visually-hidden">${t('error')}</span> ${docError}</p>` : nothing}
            <textarea class="textarea textarea--document ${docError ? 'textarea--error' : ''}" id=${`${ID}-document`}
              name="document" rows="12" spellcheck="false" autocomplete="off"
              aria-invalid=${docError ? 'true' : nothing} aria-describedby=${describedBy}></textarea>
            ${this._renderPlaced()}
          </div>
          <button type="submit" class="button" ?disabled=${this._busy}>${this._busy ? t('uploading') : t('upload')}</button>
        </form>
      </section>`;
  }
}

if (!customElements.get('folja-template-upload')) {
  customElements.define('folja-template-upload', FoljaTemplateUpload);
}
