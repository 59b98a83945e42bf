// <folja-template-enablements>: where one template is enabled (GET /followup-enablements?template=&includeEnded=true):
// per unit its version, period, source and state; enable a version for a unit and a period; change the version or
// period; disable (a second step asks first); the history (who, when, before → after). Every change carries the
// enablement's ETag in If-Match; a 409 because someone else changed it shows what changed and offers "Ladda om";
// field errors are shown beside the fields and in the summary. An enablement kept in Karaf's configuration is shown
// read-only, with why. Properties: `template` (the latest version, TemplateVersionJson), `versions`, `units`
// ([{code, label}]). Light DOM.
import { LitElement, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../shared/folja-error-summary.js';
import { HistoryPanel } from '../shared/history-panel.js';
import { pageApi } from '../shared/page-api.js';
import { formErrors, generalMessage } from '../shared/errors.js';
import { formatDateTime } from '../shared/format.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { MESSAGES } from './messages.js';
import {
  changeBody, enableBody, enablementDifferences, enablementFields, enablementState, isConfigured, sortEnablements,
  today,
} from './followup-admin-logic.js';

const NO_ERRORS = Object.freeze({ byId: Object.freeze({}), summary: Object.freeze([]) });

function describedBy(...ids) {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

export class FoljaTemplateEnablements extends LitElement {
  static properties = {
    template: { attribute: false },
    versions: { attribute: false },
    units: { attribute: false },
    _items: { state: true },
    _loading: { state: true },
    _loadError: { state: true },
    _status: { state: true },
    _enableErrors: { state: true },
    _editing: { state: true },
    _editErrors: { state: true },
    _disabling: { state: true },
    _conflict: { state: true },
    _actionErrors: { state: true },
    _busy: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    this.api = pageApi();
    this.template = null;
    this.versions = [];
    this.units = [];
    this._items = [];
    this._loading = true;
    this._loadError = '';
    this._status = '';
    this._enableErrors = NO_ERRORS;
    this._editing = null;
    this._editErrors = NO_ERRORS;
    this._disabling = null;
    this._history = new HistoryPanel(this, {
      address: (id) => `/followup-enablements/${id}/history`,
      headingId: () => this.idOf('history', 'heading'),
      buttonId: (id) => this.idOf(id, 'history'),
    });
    this._conflict = null;
    this._actionErrors = [];
    this._busy = false;
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    if (changed.has('template') && this.template && changed.get('template')?.code !== this.template.code) {
      this._editing = null;
      this._disabling = null;
      this._history.reset();
      this._conflict = null;
      this._enableErrors = NO_ERRORS;
      this._actionErrors = [];
      this.load();
    }
  }

  get code() {
    return this.template?.code ?? '';
  }

  get _fieldMessages() {
    const t = this.t;
    return { unit: t('fieldUnit'), version: t('fieldVersion'), from: t('fieldFrom'), to: t('fieldTo') };
  }

  unitName(code) {
    const unit = this.units.find((u) => u.code === code);
    return unit ? `${unit.label} (${code})` : code;
  }

  item(id) {
    return this._items.find((e) => e.id === id);
  }

  idOf(...parts) {
    return ['enablement', ...parts].join('-');
  }

  async load() {
    const code = this.code;
    try {
      const answer = await this.api.get('/followup-enablements', { query: { template: code, includeEnded: 'true' } });
      if (code === this.code) {
        this._items = sortEnablements(answer.body ?? []);
        this._loadError = '';
      }
    } catch (e) {
      this._loadError = generalMessage(e, this.lang);
    } finally {
      this._loading = false;
    }
  }

  announce(text) {
    this._status = '';
    this.updateComplete.then(() => {
      this._status = text;
    });
  }

  async focusOn(id) {
    await this.updateComplete;
    document.getElementById(id)?.focus();
  }

  // ---- enabling ------------------------------------------------------------------------------------------------

  async _enable(event) {
    event.preventDefault();
    const form = event.target;
    const values = Object.fromEntries(new FormData(form).entries());
    const prefix = this.idOf('new');
    if (!values.unit) {
      this._enableErrors = formErrors({ status: 400, errors: [{ field: 'unit', message: '' }] },
        enablementFields(prefix, this._fieldMessages), this.lang);
      return;
    }
    this._busy = true;
    try {
      const answer = await this.api.post('/admin/followup-enablements', enableBody(this.code, values));
      this._enableErrors = NO_ERRORS;
      form.reset();
      await this.load();
      this._busy = false;
      this.announce(this.t('enabled', answer.body, this.unitName(answer.body.unit)));
      this.dispatchEvent(new CustomEvent('enablements-changed', { bubbles: true, composed: true }));
      await this.focusOn(this.idOf(answer.body.id, 'change'));
    } catch (e) {
      this._enableErrors = e?.status === 409
        ? { byId: {}, summary: [{ href: null, message: this.t('overlap') }] }
        : formErrors(e, enablementFields(prefix, this._fieldMessages), this.lang);
    } finally {
      this._busy = false;
    }
  }

  // ---- changing, disabling -------------------------------------------------------------------------------------

  _openChange(e) {
    this._editing = { id: e.id };
    this._editErrors = NO_ERRORS;
    this._disabling = null;
    this._conflict = null;
    this.focusOn(this.idOf('edit', 'heading'));
  }

  _closeChange() {
    const id = this._editing?.id;
    this._editing = null;
    this._editErrors = NO_ERRORS;
    if (this._conflict?.id === id) {
      this._conflict = null;
    }
    this.focusOn(this.idOf(id, 'change'));
  }

  _openDisable(e) {
    this._disabling = { id: e.id };
    this._editing = null;
    this._conflict = null;
    this.focusOn(this.idOf('disable', 'heading'));
  }

  _closeDisable() {
    const id = this._disabling?.id;
    this._disabling = null;
    if (this._conflict?.id === id) {
      this._conflict = null;
    }
    this.focusOn(this.idOf(id, 'disable'));
  }

  async _change(event, e) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.target).entries());
    const body = changeBody(e, values);
    if (!body) {
      this._editErrors = { byId: {}, summary: [{ href: null, message: this.t('nothingChanged') }] };
      return;
    }
    await this._send(e, (etag) => this.api.patch(`/admin/followup-enablements/${e.id}`, body, { etag }),
      (stored) => this.t('changed', stored, this.unitName(stored.unit)), true);
  }

  _disable(e) {
    return this._send(e, (etag) => this.api.request('POST', `/admin/followup-enablements/${e.id}/disable`, { etag }),
      (stored) => this.t('disabled', stored, this.unitName(stored.unit)), false);
  }

  /** Sends one change with the ETag of the revision shown; a 409 on a stale revision shows what changed. */
  async _send(e, send, success, editForm) {
    this._busy = true;
    this._actionErrors = [];
    try {
      const answer = await send(`"${e.revision}"`);
      this._conflict = null;
      this._editing = null;
      this._disabling = null;
      this._editErrors = NO_ERRORS;
      await this.load();
      if (this._history.key === e.id) {
        await this._history.load();
      }
      this._busy = false;
      this.announce(success(answer.body));
      this.dispatchEvent(new CustomEvent('enablements-changed', { bubbles: true, composed: true }));
      await this.focusOn(this.idOf(e.id, answer.body.status === 'DISABLED' ? 'history' : 'change'));
    } catch (error) {
      this._busy = false;
      if (error?.status === 409) {
        await this._showConflict(e, error, editForm);
      } else if (editForm && error?.status === 400) {
        this._editErrors = formErrors(error, enablementFields(this.idOf('edit'), this._fieldMessages), this.lang);
      } else {
        this._actionErrors = formErrors(error, {}, this.lang).summary;
        if (editForm) {
          this._editErrors = { byId: {}, summary: this._actionErrors };
          this._actionErrors = [];
        }
      }
    } finally {
      this._busy = false;
    }
  }

  /**
   * A 409: when the enablement's stored revision differs from the one shown, someone else changed it — show what,
   * and offer "Ladda om". Otherwise (a configuration's enablement, an overlap, disabled) the API's refusal.
   */
  async _showConflict(shown, error, editForm) {
    let stored = null;
    try {
      stored = (await this.api.get(`/followup-enablements/${shown.id}`)).body;
    } catch (e) {
      stored = null;
    }
    if (stored && stored.revision !== shown.revision) {
      this._conflict = { id: shown.id, stored, differences: enablementDifferences(shown, stored) };
      await this.focusOn(this.idOf('conflict'));
      return;
    }
    const message = shown.status === 'ENABLED' && editForm && !isConfigured(shown)
      ? this.t('overlap') : (error.detail || generalMessage(error, this.lang));
    if (editForm) {
      this._editErrors = { byId: {}, summary: [{ href: null, message }] };
    } else {
      this._actionErrors = [{ href: null, message }];
    }
  }

  async _reloadConflict() {
    const conflict = this._conflict;
    if (!conflict) {
      return;
    }
    try {
      await this.load();
      this._conflict = null;
      this._editErrors = NO_ERRORS;
      const current = this.item(conflict.id);
      if (current && current.status === 'DISABLED') {
        this._editing = null;
        this._disabling = null;
      }
      this.announce(this.t('reloaded', this.unitName(current?.unit ?? conflict.stored.unit)));
      const target = this._editing?.id === conflict.id ? this.idOf('edit', 'version')
        : this._disabling?.id === conflict.id ? this.idOf('disable', 'confirm') : this.idOf(conflict.id, 'history');
      await this.focusOn(target);
    } catch (e) {
      this._actionErrors = formErrors(e, {}, this.lang).summary;
    }
  }

  // ---- rendering -----------------------------------------------------------------------------------------------

  _value(field, value) {
    const t = this.t;
    if (value === undefined) {
      return '';
    }
    if (value === null) {
      return field === 'to' ? t('openEnded') : '–';
    }
    if (field === 'status') {
      return t(`status_${value}`);
    }
    return String(value);
  }

  _differences(list) {
    return html`<ul class="enablement-changes">${list.map((d) => html`<li>${this.t(`field_${d.field}`)}:
      ${d.before === undefined ? nothing : html`${this._value(d.field, d.before)} →`} ${this._value(d.field, d.after)}</li>`)}</ul>`;
  }

  _stateTag(e) {
    const state = enablementState(e, today());
    const colour = { ACTIVE: 'tag--green', PLANNED: '', ENDED: 'tag--grey', DISABLED: 'tag--grey' }[state];
    return html`<strong class="tag ${colour}">${this.t(state)}</strong>`;
  }

  _actionButton(e, action, text, label, onClick) {
    return html`<button type="button" class="link-button" id=${this.idOf(e.id, action)} ?disabled=${this._busy}
      aria-label=${label} @click=${onClick}>${text}</button>`;
  }

  _renderTable() {
    const t = this.t;
    if (this._items.length === 0) {
      return this._loading ? nothing : html`<p id=${this.idOf('none')}>${t('noEnablements')}</p>`;
    }
    return html`
      <div class="table-wrapper">
        <table class="table" id=${this.idOf('table')}>
          <caption>${t('enablementsCaption', this.template)}</caption>
          <thead>
            <tr>
              <th scope="col">${t('unit')}</th>
              <th scope="col">${t('version')}</th>
              <th scope="col">${t('period')}</th>
              <th scope="col">${t('state')}</th>
              <th scope="col">${t('source')}</th>
              <th scope="col">${t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${this._items.map((e) => {
              const unit = this.unitName(e.unit);
              return html`
                <tr data-id=${e.id} data-unit=${e.unit} data-etag=${`"${e.revision}"`}>
                  <th scope="row">${unit}</th>
                  <td>${e.version}</td>
                  <td class="nowrap">${t('periodText', e.from, e.to)}</td>
                  <td>${this._stateTag(e)}</td>
                  <td>${t(e.source)}</td>
                  <td>
                    <div class="row-actions">
                      ${isConfigured(e) ? html`<p class="hint configured">${t('configured', e)}</p>` : nothing}
                      ${!isConfigured(e) && e.status === 'ENABLED' ? html`
                        ${this._actionButton(e, 'change', t('change'), t('changeEnablement', e, unit), () => this._openChange(e))}
                        ${this._actionButton(e, 'disable', t('disable'), t('disableEnablement', e, unit), () => this._openDisable(e))}`
                        : nothing}
                      ${this._actionButton(e, 'history', t('history'), t('historyEnablement', e, unit), () => this._history.open(e.id))}
                    </div>
                  </td>
                </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  _renderConflict(id) {
    if (this._conflict?.id !== id) {
      return nothing;
    }
    const t = this.t;
    const { stored, differences } = this._conflict;
    return html`
      <div class="error-summary" role="alert" tabindex="-1" id=${this.idOf('conflict')}
        aria-labelledby=${this.idOf('conflict', 'title')}>
        <h4 class="error-summary__title" id=${this.idOf('conflict', 'title')}>${t('conflictTitle', this.unitName(stored.unit))}</h4>
        <p>${generalMessage({ status: 409 }, this.lang)}</p>
        ${differences.length > 0 ? html`<p>${t('conflictChanges')}</p>${this._differences(differences)}` : nothing}
        <button type="button" class="button button--secondary" @click=${() => this._reloadConflict()}>${t('reload')}</button>
      </div>`;
  }

  _dateField(id, name, label, hint, value, error) {
    const hintId = `${id}-hint`;
    const errorId = error ? `${id}-error` : null;
    return html`
      <div class="form-group ${error ? 'form-group--error' : ''}">
        <label class="label" for=${id}>${label}</label>
        <div class="hint" id=${hintId}>${hint}</div>
        ${error ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${this.t('error')}</span> ${error}</p>` : nothing}
        <input class="input input--date ${error ? 'input--error' : ''}" id=${id} name=${name} type="text"
          inputmode="numeric" autocomplete="off" spellcheck="false" value=${value ?? ''}
          aria-invalid=${error ? 'true' : nothing} aria-describedby=${describedBy(hintId, errorId)}>
      </div>`;
  }

  _selectField(id, name, label, hint, options, value, error) {
    const hintId = `${id}-hint`;
    const errorId = error ? `${id}-error` : null;
    return html`
      <div class="form-group ${error ? 'form-group--error' : ''}">
        <label class="label" for=${id}>${label}</label>
        <div class="hint" id=${hintId}>${hint}</div>
        ${error ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${this.t('error')}</span> ${error}</p>` : nothing}
        <select class="select ${error ? 'select--error' : ''}" id=${id} name=${name}
          aria-invalid=${error ? 'true' : nothing} aria-describedby=${describedBy(hintId, errorId)}>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select>
      </div>`;
  }

  _versionOptions(withLatest) {
    const t = this.t;
    const versions = [...(this.versions ?? [])].map((v) => v.version).sort((a, b) => b - a);
    const latest = this.template?.version;
    const options = versions.map((v) => ({ value: String(v), label: t('versionOption', v) }));
    return withLatest ? [{ value: '', label: t('latest', latest) }, ...options] : options;
  }

  _renderEditPanel() {
    const e = this._editing ? this.item(this._editing.id) : null;
    if (!e) {
      return nothing;
    }
    const t = this.t;
    const prefix = this.idOf('edit');
    const errors = this._editErrors;
    const unit = this.unitName(e.unit);
    return html`
      <section class="admin-panel" aria-labelledby=${this.idOf('edit', 'heading')}>
        <h4 id=${this.idOf('edit', 'heading')} tabindex="-1">${t('changeHeading', unit)}</h4>
        ${this._renderConflict(e.id)}
        <folja-error-summary .errors=${errors.summary} lang=${this.lang}></folja-error-summary>
        ${keyed(`${e.id}:${e.revision}`, html`
          <form novalidate @submit=${(event) => this._change(event, e)}>
            ${this._selectField(`${prefix}-version`, 'version', t('version'), t('versionHint'), this._versionOptions(false),
              String(e.version), errors.byId[`${prefix}-version`])}
            ${this._dateField(`${prefix}-from`, 'from', t('from'), t('dateHint'), e.from, errors.byId[`${prefix}-from`])}
            ${this._dateField(`${prefix}-to`, 'to', t('to'), t('toHint'), e.to, errors.byId[`${prefix}-to`])}
            <div class="button-group">
              <button type="submit" class="button" ?disabled=${this._busy}>${t('save')}</button>
              <button type="button" class="button button--secondary" @click=${() => this._closeChange()}>${t('cancel')}</button>
            </div>
          </form>`)}
      </section>`;
  }

  _renderDisablePanel() {
    const e = this._disabling ? this.item(this._disabling.id) : null;
    if (!e) {
      return nothing;
    }
    const t = this.t;
    const unit = this.unitName(e.unit);
    return html`
      <section class="admin-panel admin-panel--warning" aria-labelledby=${this.idOf('disable', 'heading')}>
        <h4 id=${this.idOf('disable', 'heading')} tabindex="-1">${t('disableHeading', unit)}</h4>
        ${this._renderConflict(e.id)}
        <p>${t('enablementsCaption', this.template)}: ${t('version')} ${e.version}, ${t('periodText', e.from, e.to)}.</p>
        <p>${t('disableWarning')}</p>
        <div class="button-group">
          <button type="button" class="button button--warning" id=${this.idOf('disable', 'confirm')} ?disabled=${this._busy}
            @click=${() => this._disable(e)}>${t('confirmDisable')}</button>
          <button type="button" class="button button--secondary" @click=${() => this._closeDisable()}>${t('cancel')}</button>
        </div>
      </section>`;
  }

  _renderHistory() {
    if (!this._history.isOpen) {
      return nothing;
    }
    const t = this.t;
    const e = this.item(this._history.key);
    const unit = this.unitName(e?.unit ?? '');
    const entries = this._history.entries;
    return html`
      <section class="admin-panel" aria-labelledby=${this.idOf('history', 'heading')}>
        <h4 id=${this.idOf('history', 'heading')} tabindex="-1">${t('historyHeading', unit)}</h4>
        <folja-error-summary .errors=${this._history.errors} lang=${this.lang}></folja-error-summary>
        ${entries === null ? html`<p>${t('loading')}</p>` : html`
          <div class="table-wrapper">
            <table class="table" id=${this.idOf('history', 'table')}>
              <caption>${t('historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('revision')}</th>
                  <th scope="col">${t('changeKind')}</th>
                  <th scope="col">${t('changedBy')}</th>
                  <th scope="col">${t('changedAt')}</th>
                  <th scope="col">${t('changes')}</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map((entry) => html`
                  <tr data-revision=${entry.revision}>
                    <td>${entry.revision}</td>
                    <td>${t(`${entry.kind}_KIND`)}</td>
                    <td>${entry.changedBy ?? ''}</td>
                    <td class="nowrap">${formatDateTime(entry.changedAt)}</td>
                    <td>${this._differences(enablementDifferences(entry.before, entry.after))}</td>
                  </tr>`)}
              </tbody>
            </table>
          </div>`}
        <button type="button" class="button button--secondary" @click=${() => this._history.close()}>${t('close')}</button>
      </section>`;
  }

  _renderEnableForm() {
    const t = this.t;
    const prefix = this.idOf('new');
    const errors = this._enableErrors;
    const units = [{ value: '', label: t('chooseUnit') },
      ...this.units.map((u) => ({ value: u.code, label: `${u.label} (${u.code})` }))];
    return html`
      <h4 id=${this.idOf('new', 'heading')}>${t('enableHeading', this.template)}</h4>
      <folja-error-summary .errors=${errors.summary} lang=${this.lang}></folja-error-summary>
      <form novalidate aria-labelledby=${this.idOf('new', 'heading')} @submit=${(e) => this._enable(e)}>
        ${this._selectField(`${prefix}-unit`, 'unit', t('unit'), t('unitHint'), units, '', errors.byId[`${prefix}-unit`])}
        ${this._selectField(`${prefix}-version`, 'version', t('version'), t('versionHint'), this._versionOptions(true), '',
          errors.byId[`${prefix}-version`])}
        ${this._dateField(`${prefix}-from`, 'from', t('from'), t('fromHint'), today(), errors.byId[`${prefix}-from`])}
        ${this._dateField(`${prefix}-to`, 'to', t('to'), t('toHint'), '', errors.byId[`${prefix}-to`])}
        <button type="submit" class="button" ?disabled=${this._busy}>${t('enable')}</button>
      </form>`;
  }

  render() {
    if (!this.template) {
      return nothing;
    }
    const t = this.t;
    const looseConflict = this._conflict && this._editing?.id !== this._conflict.id
      && this._disabling?.id !== this._conflict.id;
    return html`
      <section aria-labelledby=${this.idOf('heading')}>
        <h3 id=${this.idOf('heading')}>${t('enablementsHeading', this.template)}</h3>
        <div class="admin-status" role="status">${this._status ? html`<p class="notification">${this._status}</p>` : nothing}</div>
        <folja-error-summary .errors=${this._actionErrors} lang=${this.lang}></folja-error-summary>
        ${looseConflict ? this._renderConflict(this._conflict.id) : nothing}
        ${this._loading ? html`<p>${t('loading')}</p>` : nothing}
        ${this._loadError ? html`<p class="error-message" role="alert">${this._loadError}</p>` : nothing}
        ${this._renderTable()}
        ${this._renderEditPanel()}
        ${this._renderDisablePanel()}
        ${this._renderHistory()}
        ${this._renderEnableForm()}
      </section>`;
  }
}

if (!customElements.get('folja-template-enablements')) {
  customElements.define('folja-template-enablements', FoljaTemplateEnablements);
}
