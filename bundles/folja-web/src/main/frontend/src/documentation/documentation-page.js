// The documentation page (/folja/, role folja-staff): the journal entries in the user's units that await a reason,
// registering one with <folja-reason-picker>, and the registration's write-back state and history; correcting and
// annulling it; the latest registrations to open again. Everything comes from the REST API with the login cookie.
// Nothing with personal data goes into the address, browser storage or the console: the views live in memory only.
import { LitElement, html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../shared/folja-page-header.js';
import '../shared/folja-error-summary.js';
import '../folja-reason-picker.js';
import { pageApi } from '../shared/page-api.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { formErrors, generalMessage } from '../shared/errors.js';
import { formatDateTime, formatPersonnummer, formatWeek } from '../shared/format.js';
import { MESSAGES } from './messages.js';
import {
  annulmentFields, charactersLeft, correctionBody, historyRows, labelOf, POLL_INTERVAL_MS, registrationBody,
  registrationFields, shouldPoll, writeBackView,
} from './model.js';

const PAGE_SIZE = 20;
const RECENT = 10;
const NO_ERRORS = Object.freeze({ byId: {}, summary: [] });
/**
 * Keeps a table cell's date and time on one line. Set through the CSSOM: the page's Content-Security-Policy allows
 * no style attributes (so no styleMap, which writes one on the first render).
 */
const oneLine = ref((cell) => {
  if (cell) {
    cell.style.whiteSpace = 'nowrap';
  }
});

export class FoljaDocumentationPage extends LitElement {
  static properties = {
    _ready: { state: true },
    _startError: { state: true },
    _forbidden: { state: true },
    _units: { state: true },
    _types: { state: true },
    _typesError: { state: true },
    _reasons: { state: true },
    _pending: { state: true },
    _recent: { state: true },
    _view: { state: true },
    _entry: { state: true },
    _form: { state: true },
    _errors: { state: true },
    _sending: { state: true },
    _registration: { state: true },
    _registrationError: { state: true },
    _notice: { state: true },
    _writeBack: { state: true },
    _writeBackError: { state: true },
    _pollStopped: { state: true },
    _history: { state: true },
    _historyError: { state: true },
    _mode: { state: true },
    _edit: { state: true },
    _conflict: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    document.title = `${this.t('title')} – Följa`;
    document.querySelector('folja-page-header')?.setAttribute('current', 'documentation');
    this._api = pageApi();
    this._ready = false;
    this._startError = null;
    this._forbidden = false;
    this._units = [];
    this._types = null;
    this._typesError = null;
    this._reasons = [];
    this._pending = { items: [], total: 0, loading: true, error: null, loadingMore: false };
    this._recent = { items: [], loading: true, error: null };
    this._view = 'list';
    this._entry = null;
    this._form = { interventionType: '', reasonCode: '', comment: '' };
    this._errors = NO_ERRORS;
    this._sending = false;
    this._registration = null;
    this._registrationError = null;
    this._notice = null;
    this._writeBack = null;
    this._writeBackError = null;
    this._pollStopped = false;
    this._history = null;
    this._historyError = null;
    this._mode = null;
    this._edit = null;
    this._conflict = false;
    this._focus = null;
    this._pollTimer = null;
    this._pollStart = 0;
    this._generation = 0;
    this._lastOpened = null;
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this._start();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._stopPolling();
  }

  updated() {
    if (this._focus) {
      const target = this.querySelector(this._focus);
      this._focus = null;
      target?.focus();
    }
  }

  // ---- loading ----

  /** Reads the session (a logged-out browser goes to the login page), then the lists the page shows. */
  async _start() {
    this._startError = null;
    let session;
    try {
      session = await this._api.session();
    } catch (e) {
      if (e.status !== 401) {
        this._startError = e;
      }
      return;
    }
    this._ready = true;
    if (!(session.roles ?? []).includes('folja-staff')) {
      this._forbidden = true;
      return;
    }
    this._loadLabels();
    this._loadTypes();
    this._loadPending();
    this._loadRecent();
  }

  async _loadLabels() {
    const query = { lang: this.lang };
    const [units, reasons] = await Promise.allSettled([
      this._api.get('/units', { query }), this._api.get('/reason-codes', { query })]);
    if (units.status === 'fulfilled') {
      this._units = units.value.body ?? [];
    }
    if (reasons.status === 'fulfilled') {
      this._reasons = reasons.value.body ?? [];
    }
  }

  async _loadTypes() {
    this._typesError = null;
    this._types = null;
    try {
      this._types = (await this._api.get('/intervention-types', { query: { lang: this.lang } })).body ?? [];
    } catch (e) {
      this._typesError = e;
    }
  }

  async _loadPending(more = false) {
    const offset = more ? this._pending.items.length : 0;
    this._pending = more ? { ...this._pending, loadingMore: true, error: null }
      : { ...this._pending, loading: true, error: null };
    try {
      const page = (await this._api.get('/pending-entries', { query: { offset, limit: PAGE_SIZE } })).body;
      const items = more ? [...this._pending.items, ...page.items] : page.items;
      this._pending = { items, total: page.total, loading: false, error: null, loadingMore: false };
      if (more && page.items.length > 0) {
        this._focus = `#pending-row-${offset} button`;
      }
    } catch (e) {
      this._pending = { ...this._pending, loading: false, loadingMore: false, error: e };
    }
  }

  async _loadRecent() {
    this._recent = { ...this._recent, loading: true, error: null };
    try {
      const page = (await this._api.get('/non-deliveries', {
        query: { sort: 'REGISTERED_AT_DESC', limit: RECENT, includeAnnulled: true },
      })).body;
      this._recent = { items: page.items, loading: false, error: null };
    } catch (e) {
      this._recent = { items: [], loading: false, error: e };
    }
  }

  // ---- registering ----

  _pick(entry) {
    this._entry = entry;
    this._form = { interventionType: '', reasonCode: '', comment: '' };
    this._errors = NO_ERRORS;
    this._view = 'form';
    this._focus = '#form-heading';
    if (!this._types) {
      this._loadTypes();
    }
  }

  _backToList(focus = '#list-heading') {
    this._stopPolling();
    this._view = 'list';
    this._entry = null;
    this._registration = null;
    this._mode = null;
    this._notice = null;
    this._errors = NO_ERRORS;
    this._focus = focus;
  }

  _cancelForm() {
    const index = this._pending.items.findIndex((e) => e.journalEntryId === this._entry?.journalEntryId);
    this._backToList(index >= 0 ? `#pending-row-${index} button` : '#list-heading');
  }

  async _register(event) {
    event.preventDefault();
    if (this._sending) {
      return;
    }
    const entry = this._entry;
    this._sending = true;
    try {
      const answer = await this._api.post('/non-deliveries', registrationBody(entry.journalEntryId, this._form));
      this._errors = NO_ERRORS;
      this._pending = {
        ...this._pending,
        items: this._pending.items.filter((e) => e.journalEntryId !== entry.journalEntryId),
        total: Math.max(0, this._pending.total - 1),
      };
      this._showRegistration(answer.body, answer.etag, { title: 'savedTitle', body: this.t('savedBody', entry.journalEntryId) });
      this._loadPending();
      this._loadRecent();
    } catch (e) {
      this._errors = formErrors(e, registrationFields(this.t), this.lang);
    } finally {
      this._sending = false;
    }
  }

  // ---- one registration ----

  /** Shows a registration (just saved, corrected, annulled or opened from the list) with its write-back and history. */
  _showRegistration(registration, etag, notice) {
    this._view = 'registration';
    this._registration = { nd: registration, etag };
    this._registrationError = null;
    this._mode = null;
    this._edit = null;
    this._conflict = false;
    this._errors = NO_ERRORS;
    this._notice = notice ?? null;
    this._writeBack = null;
    this._focus = notice ? '#notice' : '#registration-heading';
    this._loadHistory();
    this._startPolling();
  }

  async _open(id) {
    this._stopPolling();
    const generation = ++this._generation;
    this._view = 'registration';
    this._registration = null;
    this._registrationError = null;
    this._notice = null;
    this._mode = null;
    this._history = null;
    this._writeBack = null;
    this._lastOpened = id;
    this._focus = '#registration-heading';
    try {
      const answer = await this._api.get(`/non-deliveries/${encodeURIComponent(id)}`);
      if (generation === this._generation) {
        this._showRegistration(answer.body, answer.etag, null);
      }
    } catch (e) {
      if (generation === this._generation) {
        this._registrationError = e;
      }
    }
  }

  /** Reads the registration again after a conflict: the page shows what is stored now and overwrites nothing. */
  async _reload() {
    const id = this._registration.nd.id;
    try {
      const answer = await this._api.get(`/non-deliveries/${id}`);
      this._showRegistration(answer.body, answer.etag, null);
      this._focus = '#registration-heading';
    } catch (e) {
      this._errors = formErrors(e, {}, this.lang);
    }
  }

  async _loadHistory() {
    const id = this._registration.nd.id;
    this._historyError = null;
    try {
      const history = (await this._api.get(`/non-deliveries/${id}/history`)).body ?? [];
      if (this._registration?.nd.id === id) {
        this._history = history;
      }
    } catch (e) {
      this._historyError = e;
    }
  }

  _startPolling() {
    this._stopPolling();
    this._pollStart = Date.now();
    this._pollStopped = false;
    this._writeBackError = null;
    this._readWriteBacks();
  }

  _stopPolling() {
    clearTimeout(this._pollTimer);
    this._pollTimer = null;
  }

  async _readWriteBacks() {
    const registration = this._registration?.nd;
    if (!registration) {
      return;
    }
    try {
      const writeBacks = (await this._api.get(`/non-deliveries/${registration.id}/write-backs`)).body;
      if (this._registration?.nd.id !== registration.id) {
        return;
      }
      this._writeBack = writeBackView(writeBacks, registration);
      this._writeBackError = null;
    } catch (e) {
      this._writeBackError = e;
    }
    if (this._view !== 'registration' || this._registration?.nd.id !== registration.id) {
      return;
    }
    if (!this._writeBackError && shouldPoll(this._writeBack, this._pollStart, Date.now())) {
      this._pollTimer = setTimeout(() => this._readWriteBacks(), POLL_INTERVAL_MS);
    } else {
      this._pollStopped = Boolean(this._writeBack?.pending) || Boolean(this._writeBackError);
    }
  }

  _beginCorrect() {
    const nd = this._registration.nd;
    this._mode = 'correct';
    this._conflict = false;
    this._notice = null;
    this._errors = NO_ERRORS;
    this._edit = { interventionType: nd.interventionType, reasonCode: nd.reasonCode, comment: nd.comment ?? '' };
    this._focus = '#change-heading';
    if (!this._types) {
      this._loadTypes();
    }
  }

  _beginAnnul() {
    this._mode = 'annul';
    this._conflict = false;
    this._notice = null;
    this._errors = NO_ERRORS;
    this._edit = { reason: '' };
    this._focus = '#change-heading';
  }

  _cancelChange() {
    const mode = this._mode;
    this._mode = null;
    this._edit = null;
    this._errors = NO_ERRORS;
    this._conflict = false;
    this._focus = mode === 'annul' ? '#annul-button' : '#correct-button';
  }

  async _correct(event) {
    event.preventDefault();
    if (this._sending) {
      return;
    }
    const { nd, etag } = this._registration;
    const body = correctionBody(nd, this._edit);
    if (!body) {
      this._errors = { byId: {}, summary: [{ href: null, message: this.t('errNothingChanged') }] };
      return;
    }
    await this._change(() => this._api.patch(`/non-deliveries/${nd.id}`, body, { etag }),
      registrationFields(this.t, 'correct-'), { title: 'correctedTitle', body: this.t('correctedBody') });
  }

  async _annul(event) {
    event.preventDefault();
    if (this._sending) {
      return;
    }
    const { nd, etag } = this._registration;
    await this._change(() => this._api.post(`/non-deliveries/${nd.id}/annul`, { reason: this._edit.reason }, { etag }),
      annulmentFields(this.t), { title: 'annulledTitle', body: this.t('annulledBody') });
  }

  async _change(send, fields, notice) {
    this._sending = true;
    try {
      const answer = await send();
      this._showRegistration(answer.body, answer.etag, notice);
      this._loadRecent();
    } catch (e) {
      this._conflict = Boolean(e.conflict);
      this._errors = formErrors(e, fields, this.lang);
    } finally {
      this._sending = false;
    }
  }

  // ---- rendering ----

  render() {
    if (this._startError) {
      return html`
        <h1 id="list-heading" tabindex="-1">${this.t('heading')}</h1>
        ${this._failure(this._startError, () => this._start())}`;
    }
    if (!this._ready) {
      return html`<h1 id="list-heading" tabindex="-1">${this.t('heading')}</h1>
        <p role="status">${this.t('loadingEntries')}</p>`;
    }
    if (this._forbidden) {
      return html`<h1 id="list-heading" tabindex="-1">${this.t('heading')}</h1><p>${this.t('notStaff')}</p>`;
    }
    switch (this._view) {
      case 'form': return this._renderForm();
      case 'registration': return this._renderRegistration();
      default: return this._renderList();
    }
  }

  /** A failure that names no field: what could not be loaded, the general message and a button to try again. */
  _failure(error, retry, id, what) {
    return html`
      <div class="form-group form-group--error" id=${id ?? nothing}>
        <p class="error-message" role="alert">${what ? `${what} ` : ''}${generalMessage(error, this.lang)}</p>
        <button type="button" class="button button--secondary" @click=${retry}>${this.t('retry')}</button>
      </div>`;
  }

  _renderList() {
    return html`
      <h1 id="list-heading" tabindex="-1">${this.t('heading')}</h1>
      <p class="lead">${this.t('lead')}</p>
      ${this._renderPending()}
      <h2 id="recent-heading">${this.t('recentHeading')}</h2>
      <p>${this.t('recentLead')}</p>
      ${this._renderRecent()}`;
  }

  _renderPending() {
    const { items, total, loading, error, loadingMore } = this._pending;
    if (loading && items.length === 0) {
      return html`<p role="status" id="pending-loading">${this.t('loadingEntries')}</p>`;
    }
    if (error && items.length === 0) {
      return this._failure(error, () => this._loadPending(), 'pending-error');
    }
    if (items.length === 0) {
      return html`<p id="pending-empty">${this.t('noEntries')}</p>`;
    }
    return html`
      <div class="table-wrapper">
        <table class="table" id="pending-table">
          <caption>${this.t('pendingCaption', items.length, total)}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('colPlannedStart')}</th>
              <th scope="col">${this.t('colUnit')}</th>
              <th scope="col">${this.t('colClient')}</th>
              <th scope="col">${this.t('colEntry')}</th>
              <th scope="col">${this.t('colAction')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((entry, index) => html`
              <tr id="pending-row-${index}" data-entry=${entry.journalEntryId}>
                <td ${oneLine}>${formatDateTime(entry.plannedStart)}</td>
                <td>${labelOf(this._units, entry.unit)}</td>
                <td>${formatPersonnummer(entry.client)}</td>
                <td>${entry.journalEntryId}</td>
                <td>
                  <button type="button" class="button button--secondary" @click=${() => this._pick(entry)}
                    aria-label="${this.t('register')} ${this.t('registerFor', entry.journalEntryId,
                      formatDateTime(entry.plannedStart))}">${this.t('register')}</button>
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${error ? this._failure(error, () => this._loadPending(items.length > 0), 'pending-error') : nothing}
      ${items.length < total ? html`
        <div class="button-group">
          <button type="button" class="button button--secondary" id="pending-more" ?disabled=${loadingMore}
            @click=${() => this._loadPending(true)}>${loadingMore ? this.t('loadingMore') : this.t('showMore')}</button>
        </div>` : nothing}`;
  }

  _renderRecent() {
    const { items, loading, error } = this._recent;
    if (loading && items.length === 0) {
      return html`<p role="status">${this.t('loadingRecent')}</p>`;
    }
    if (error) {
      return this._failure(error, () => this._loadRecent(), 'recent-error');
    }
    if (items.length === 0) {
      return html`<p id="recent-empty">${this.t('noRecent')}</p>`;
    }
    return html`
      <div class="table-wrapper">
        <table class="table" id="recent-table">
          <caption>${this.t('recentCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('colRegistered')}</th>
              <th scope="col">${this.t('colPlannedStart')}</th>
              <th scope="col">${this.t('colEntry')}</th>
              <th scope="col">${this.t('colReason')}</th>
              <th scope="col">${this.t('colStatus')}</th>
              <th scope="col">${this.t('colAction')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((nd) => html`
              <tr data-registration=${nd.id}>
                <td ${oneLine}>${formatDateTime(nd.registeredAt)}</td>
                <td ${oneLine}>${formatDateTime(nd.plannedStart)}</td>
                <td>${nd.journalEntryId}</td>
                <td>${labelOf(this._reasons, nd.reasonCode)}</td>
                <td>${this._statusTag(nd)}</td>
                <td>
                  <button type="button" class="button button--secondary" @click=${() => this._open(nd.id)}
                    aria-label="${this.t('show')} ${this.t('showFor', nd.id, nd.journalEntryId)}">${this.t('show')}</button>
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  _statusTag(nd) {
    return nd.status === 'ANNULLED'
      ? html`<strong class="tag tag--grey">${this.t('statusANNULLED')}</strong>`
      : html`<strong class="tag tag--green">${this.t('statusACTIVE')}</strong>`;
  }

  /** The message beside a field, and its id for aria-describedby, when the API named the field. */
  _fieldError(id) {
    const message = this._errors.byId[id];
    return message ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${this.lang === 'en'
      ? 'Error:' : 'Fel:'}</span> ${message}</p>` : nothing;
  }

  _describedBy(id, ...more) {
    const ids = [...more];
    if (this._errors.byId[id]) {
      ids.push(`${id}-error`);
    }
    return ids.length ? ids.join(' ') : nothing;
  }

  _group(id) {
    return this._errors.byId[id] ? 'form-group form-group--error' : 'form-group';
  }

  _renderForm() {
    const entry = this._entry;
    return html`
      <folja-error-summary .errors=${this._errors.summary} lang=${this.lang}></folja-error-summary>
      <h1 id="form-heading" tabindex="-1">${this.t('formHeading')}</h1>
      <div class=${this._group('entry')} id="entry" tabindex="-1" aria-describedby=${this._describedBy('entry')}>
        <h2>${this.t('entryHeading')}</h2>
        ${this._fieldError('entry')}
        <dl class="summary-list" id="entry-summary">
          ${this._row(this.t('fieldEntry'), entry.journalEntryId)}
          ${this._row(this.t('fieldPlannedStart'), formatDateTime(entry.plannedStart))}
          ${this._row(this.t('fieldUnit'), labelOf(this._units, entry.unit))}
          ${this._row(this.t('fieldClient'), formatPersonnummer(entry.client))}
        </dl>
      </div>
      <form id="registration-form" novalidate @submit=${this._register}>
        ${this._fields('', this._form, (changes) => {
          this._form = { ...this._form, ...changes };
        })}
        <div class="button-group">
          <button type="submit" class="button" id="save" ?disabled=${this._sending}>${this._sending ? this.t('saving') : this.t('save')}</button>
          <button type="button" class="button button--secondary" id="cancel" @click=${() => this._cancelForm()}>
            ${this.t('cancel')}</button>
        </div>
      </form>`;
  }

  /** The intervention type, the reason and the comment: registering (prefix '') and correcting ('correct-'). */
  _fields(prefix, values, change) {
    const typeId = `${prefix}intervention-type`;
    const reasonId = `${prefix}reason`;
    const commentId = `${prefix}comment`;
    const left = charactersLeft(values.comment);
    return html`
      <div class=${this._group(typeId)}>
        <label class="label" for=${typeId}>${this.t('interventionType')}</label>
        ${this._fieldError(typeId)}
        ${this._typesError ? this._failure(this._typesError, () => this._loadTypes(), `${typeId}-failed`,
          this.t('typesFailed')) : nothing}
        <select class="select ${this._errors.byId[typeId] ? 'select--error' : ''}" id=${typeId}
          name="interventionType" aria-describedby=${this._describedBy(typeId)} ?disabled=${!this._types}
          @change=${(e) => change({ interventionType: e.target.value })}>
          <option value="" ?selected=${!values.interventionType}>${this._types
            ? this.t('chooseInterventionType') : this.t('loadingTypes')}</option>
          ${(this._types ?? []).map((type) => html`
            <option value=${type.code} ?selected=${type.code === values.interventionType}>${type.label}</option>`)}
        </select>
      </div>
      <div class=${this._group(reasonId)}>
        <folja-reason-picker id=${reasonId} name="reasonCode" required lang=${this.lang}
          error=${this._errors.byId[reasonId] ?? ''} .value=${values.reasonCode ?? ''}
          @change=${(e) => change({ reasonCode: e.detail?.code ?? '' })}></folja-reason-picker>
      </div>
      <div class=${this._group(commentId)}>
        <label class="label" for=${commentId}>${this.t('comment')}</label>
        <p class="hint" id="${commentId}-hint">${this.t('commentHint')}</p>
        ${this._fieldError(commentId)}
        <textarea class="textarea ${this._errors.byId[commentId] || left < 0 ? 'textarea--error' : ''}" id=${commentId}
          name="comment" rows="4" aria-describedby=${this._describedBy(commentId, `${commentId}-hint`,
            `${commentId}-count`)} .value=${values.comment ?? ''}
          @input=${(e) => change({ comment: e.target.value })}></textarea>
        <p class=${left < 0 ? 'error-message' : 'hint'} id="${commentId}-count">${this.t('charactersLeft', left)}</p>
      </div>`;
  }

  _row(key, value) {
    return html`<div><dt>${key}</dt><dd>${value}</dd></div>`;
  }

  _renderRegistration() {
    if (this._registrationError) {
      return html`
        <h1 id="registration-heading" tabindex="-1">${this.t('registrationHeading', this._lastOpened)}</h1>
        ${this._failure(this._registrationError, () => this._open(this._lastOpened))}
        ${this._backButton()}`;
    }
    if (!this._registration) {
      return html`<h1 id="registration-heading" tabindex="-1">${this.t('loadingRegistration')}</h1>`;
    }
    const nd = this._registration.nd;
    const active = nd.status === 'ACTIVE';
    return html`
      <folja-error-summary .errors=${this._errors.summary} lang=${this.lang}></folja-error-summary>
      ${this._conflict ? html`
        <div class="button-group">
          <button type="button" class="button" id="conflict-reload" @click=${() => this._reload()}>
            ${this.t('conflictReload')}</button>
        </div>` : nothing}
      ${this._notice ? html`
        <div class="notification" id="notice" tabindex="-1" role="region" aria-labelledby="notice-title">
          <h2 class="notification__title" id="notice-title">${this.t(this._notice.title)}</h2>
          <p>${this._notice.body}</p>
        </div>` : nothing}
      <h1 id="registration-heading" tabindex="-1">${this.t('registrationHeading', nd.id)}</h1>
      <dl class="summary-list" id="registration-summary">
        ${this._row(this.t('fieldEntry'), nd.journalEntryId)}
        ${this._row(this.t('fieldClient'), formatPersonnummer(nd.client))}
        ${this._row(this.t('fieldUnit'), labelOf(this._units, nd.unit))}
        ${this._row(this.t('fieldPlannedStart'), formatDateTime(nd.plannedStart))}
        ${this._row(this.t('fieldWeek'), formatWeek(nd.week, this.lang))}
        ${this._row(this.t('fieldInterventionType'), labelOf(this._types, nd.interventionType))}
        ${this._row(this.t('fieldReason'), html`<span id="registration-reason">${labelOf(this._reasons, nd.reasonCode)}</span>`)}
        ${this._row(this.t('fieldInitiator'), nd.initiator ? this.t(`initiator${nd.initiator}`) : '')}
        ${this._row(this.t('fieldComment'), nd.comment ? nd.comment : this.t('noComment'))}
        ${this._row(this.t('fieldStatus'), html`<span id="registration-status">${this._statusTag(nd)}</span>`)}
        ${nd.status === 'ANNULLED' ? this._row(this.t('fieldAnnulmentReason'), nd.annulmentReason ?? '') : nothing}
        ${this._row(this.t('fieldRegisteredBy'), nd.registeredBy)}
        ${this._row(this.t('fieldRegisteredAt'), formatDateTime(nd.registeredAt))}
        ${nd.version > 1 && nd.changedAt ? this._row(this.t('fieldChanged'),
          this.t('changedByAt', nd.changedBy ?? '', formatDateTime(nd.changedAt))) : nothing}
        ${nd.imported ? this._row(this.t('fieldOrigin'), this.t('imported')) : nothing}
      </dl>
      ${this._renderWriteBack(nd)}
      ${this._mode === 'correct' ? this._renderCorrect() : nothing}
      ${this._mode === 'annul' ? this._renderAnnul() : nothing}
      ${!this._mode ? html`
        <div class="button-group">
          ${active ? html`
            <button type="button" class="button button--secondary" id="correct-button" @click=${() => this._beginCorrect()}>
              ${this.t('correct')}</button>
            <button type="button" class="button button--warning" id="annul-button" @click=${() => this._beginAnnul()}>
              ${this.t('annul')}</button>` : nothing}
          ${this._backButton()}
        </div>` : nothing}
      ${this._renderHistory()}`;
  }

  _backButton() {
    return html`<button type="button" class="link-button" id="back" @click=${() => this._backToList()}>
      ${this.t('back')}</button>`;
  }

  _renderWriteBack(nd) {
    const view = this._writeBack;
    let detail = nothing;
    if (view) {
      if (view.state === 'NONE') {
        detail = html`<p>${this.t('writeBackImported')}</p>`;
      } else if (view.state === 'REJECTED') {
        detail = html`<p id="write-back-detail">${view.lastError ? this.t('writeBackRejectedBecause', view.lastError)
          : this.t(`writeBackAction${view.action}`)}</p>`;
      } else if (view.action) {
        detail = html`<p>${this.t(`writeBackAction${view.action}`)}</p>`;
      }
    }
    return html`
      <h2 id="write-back-heading">${this.t('writeBackHeading')}</h2>
      <div role="status" id="write-back" data-state=${view?.state ?? 'LOADING'}>
        ${view ? html`<p><strong class="tag ${view.tag}">${this.t(`writeBack${view.state}`)}</strong></p>${detail}`
          : nothing}
        ${this._pollStopped && view?.pending ? html`<p>${this.t('writeBackStillPending')}
          ${view.attempts ? this.t('writeBackAttempts', view.attempts) : ''}</p>` : nothing}
        ${this._writeBackError ? html`<p class="error-message">${this.t('writeBackFailed')}
          ${generalMessage(this._writeBackError, this.lang)}</p>` : nothing}
      </div>
      ${this._pollStopped ? html`
        <div class="button-group">
          <button type="button" class="button button--secondary" id="write-back-refresh"
            @click=${() => this._startPolling()}>${this.t('refresh')}</button>
        </div>` : nothing}`;
  }

  _renderCorrect() {
    return html`
      <h2 id="change-heading" tabindex="-1">${this.t('correctHeading')}</h2>
      <p>${this.t('correctLead')}</p>
      <form id="correct-form" novalidate @submit=${this._correct}>
        ${this._fields('correct-', this._edit, (changes) => {
          this._edit = { ...this._edit, ...changes };
        })}
        <div class="button-group">
          <button type="submit" class="button" id="correct-save" ?disabled=${this._sending}>
            ${this._sending ? this.t('saving') : this.t('saveCorrection')}</button>
          <button type="button" class="button button--secondary" @click=${() => this._cancelChange()}>
            ${this.t('cancel')}</button>
        </div>
      </form>`;
  }

  _renderAnnul() {
    const id = 'annul-reason';
    return html`
      <h2 id="change-heading" tabindex="-1">${this.t('annulHeading')}</h2>
      <p>${this.t('annulLead')}</p>
      <form id="annul-form" novalidate @submit=${this._annul}>
        <div class=${this._group(id)}>
          <label class="label" for=${id}>${this.t('annulReason')}</label>
          <p class="hint" id="${id}-hint">${this.t('annulReasonHint')}</p>
          ${this._fieldError(id)}
          <textarea class="textarea ${this._errors.byId[id] ? 'textarea--error' : ''}" id=${id} name="reason" rows="3"
            aria-describedby=${this._describedBy(id, `${id}-hint`)} .value=${this._edit.reason}
            @input=${(e) => {
              this._edit = { ...this._edit, reason: e.target.value };
            }}></textarea>
        </div>
        <div class="button-group">
          <button type="submit" class="button button--warning" id="annul-confirm" ?disabled=${this._sending}>
            ${this._sending ? this.t('saving') : this.t('confirmAnnul')}</button>
          <button type="button" class="button button--secondary" @click=${() => this._cancelChange()}>
            ${this.t('cancel')}</button>
        </div>
      </form>`;
  }

  _renderHistory() {
    if (this._historyError) {
      return html`<h2>${this.t('historyHeading')}</h2>
        ${this._failure(this._historyError, () => this._loadHistory(), 'history-error',
          this.t('historyFailed'))}`;
    }
    if (!this._history) {
      return html`<h2>${this.t('historyHeading')}</h2>`;
    }
    const rows = historyRows(this._history, this.t, formatDateTime);
    if (rows.length === 0) {
      return html`<h2>${this.t('historyHeading')}</h2><p>${this.t('noHistory')}</p>`;
    }
    return html`
      <h2 id="history-heading">${this.t('historyHeading')}</h2>
      <div class="table-wrapper" role="region" aria-labelledby="history-heading" tabindex="0">
        <table class="table" id="history-table">
          <caption>${this.t('historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('colRevision')}</th>
              <th scope="col">${this.t('colWhat')}</th>
              <th scope="col">${this.t('colWho')}</th>
              <th scope="col">${this.t('colWhen')}</th>
              <th scope="col">${this.t('colChangedFields')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => html`
              <tr>
                <td>${row.revision}</td>
                <td>${row.what}</td>
                <td>${row.who}</td>
                <td ${oneLine}>${row.when}</td>
                <td>${row.fields}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('folja-documentation-page', FoljaDocumentationPage);
