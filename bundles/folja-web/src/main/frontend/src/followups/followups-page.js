// The follow-up page (/folja/followups/, role folja-staff): the due and overdue occasions of my units, per client and
// per follow-up; an occasion opened in a form rendered by LHC-Forms from the template version's FHIR Questionnaire
// for the role; saved with POST /enrolments/{id}/responses, the API's errors shown at their questions; a saved
// response shown with its answers and history and corrected with PUT /responses/{id} (If-Match). Everything comes
// from the REST API. Which client is open lives in page state only: no personnummer or name in the address, in
// browser storage or in the console.
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-page-header.js';
import '../shared/folja-error-summary.js';
import { pageApi } from '../shared/page-api.js';
import { loginAddress } from '../shared/api.js';
import { generalMessage } from '../shared/errors.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { formatDate, formatDateTime, formatPersonnummer } from '../shared/format.js';
import { MESSAGES } from './messages.js';
import {
  answerRows, freeTextLinkIds, groupDue, historyRows, optionLabels, questionnaireId,
} from './followups-model.js';
import {
  errorEntries, formErrors, itemsByLinkId, latestOnly, questionErrors, storedAsResponse,
} from './questionnaire-model.js';
import {
  formValidationErrors, prepareQuestionnaire, readResponse, renderQuestionnaire, showQuestionErrors,
} from './questionnaire-form.js';
import { apiQuestionMessage } from './api-messages.js';
import { occasionName } from './occasions.js';
import '../proposals/folja-proposals-section.js';

const FORM_ID = 'followup-form';

export class FoljaFollowUpsPage extends LitElement {
  static properties = {
    _units: { state: true },
    _filter: { state: true },
    _due: { state: true },
    _recent: { state: true },
    _view: { state: true },
    _task: { state: true },
    _formState: { state: true },
    _errors: { state: true },
    _sending: { state: true },
    _saved: { state: true },
    _history: { state: true },
    _conflict: { state: true },
    _startError: { state: true },
    _answeredOnError: { state: true },
    _sessionEnded: { state: true },
    _listNotice: { state: true },
    _voiding: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    document.title = `${this.t('title')} – Följa`;
    this._api = pageApi();
    this._units = [];
    this._titles = {};
    this._filter = { unit: '', mine: false };
    this._due = { loading: true, error: '', groups: [] };
    this._recent = { loading: true, error: '', items: [] };
    this._view = 'list';
    this._task = null;
    this._formState = 'idle';
    this._errors = [];
    this._sending = false;
    this._saved = null;
    this._history = null;
    this._conflict = false;
    this._startError = '';
    this._answeredOnError = '';
    this._sessionEnded = false;
    this._listNotice = '';
    this._voiding = null;
    this._questionnaires = new Map();
    this._formCalls = latestOnly();
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this._start();
  }

  async _start() {
    try {
      await this._api.session();
      const [units, templates] = await Promise.all([this._api.get('/units'), this._api.get('/followup-templates')]);
      this._units = units.body ?? [];
      for (const template of templates.body ?? []) {
        this._titles[template.code] = template.title?.[this.lang] || template.title?.sv || template.code;
      }
    } catch (e) {
      if (e?.status !== 401) {
        this._startError = generalMessage(e, this.lang);
      }
      return;
    }
    this._loadDue();
    this._loadRecent();
  }

  async _loadDue() {
    this._due = { ...this._due, loading: true, error: '' };
    try {
      const query = { unit: this._filter.unit || undefined, responsible: this._filter.mine ? 'me' : undefined };
      const answer = await this._api.get('/occasions/due', { query });
      this._due = { loading: false, error: '', groups: groupDue(answer.body) };
    } catch (e) {
      this._due = { loading: false, error: generalMessage(e, this.lang), groups: [] };
    }
  }

  async _loadRecent() {
    try {
      const answer = await this._api.get('/responses', {
        query: { unit: this._filter.unit || undefined, limit: 10 },
      });
      this._recent = { loading: false, error: '', items: answer.body?.items ?? [] };
    } catch (e) {
      this._recent = { loading: false, error: generalMessage(e, this.lang), items: [] };
    }
  }

  _title(code) {
    return this._titles[code] ?? code;
  }

  _occasionName(code, sequence) {
    return occasionName(code, sequence, this.lang);
  }

  _role(role) {
    return this.t(`role.${role}`);
  }

  /** The template version's questionnaire for a role, its value sets expanded; kept for the page's life. */
  async _questionnaire(template, version, role) {
    const id = questionnaireId(template, version, role);
    if (!this._questionnaires.has(id)) {
      const loading = (async () => {
        const raw = (await this._api.get(`/fhir/Questionnaire/${encodeURIComponent(id)}`)).body;
        return prepareQuestionnaire(this._api, raw, this.lang);
      })();
      this._questionnaires.set(id, loading);
      loading.catch(() => this._questionnaires.delete(id));
    }
    return this._questionnaires.get(id);
  }

  // ---- answering an occasion

  async _openOccasion(group, followUp, occasion, role) {
    this._task = {
      mode: 'new', enrolment: group.enrolment, client: group.client, unit: group.unit, template: followUp.template,
      version: followUp.version, occasion: occasion.occasion, sequence: occasion.sequence, due: occasion.due,
      overdue: occasion.overdue, role, questionnaire: null, response: null, etag: null,
    };
    await this._showForm();
  }

  /**
   * Shows the form of `this._task`. Calls may overlap (a second occasion opened while the first form loads): only
   * the latest shows its form, an earlier one stops at its next step, and a form is rendered only after the one
   * before it has finished rendering, so the form under the heading is always the latest task's.
   */
  async _showForm(response = null) {
    const current = this._formCalls.begin();
    const task = this._task;
    this._view = 'form';
    this._startError = '';
    this._listNotice = '';
    this._errors = [];
    this._answeredOnError = '';
    this._conflict = false;
    this._sessionEnded = false;
    this._formState = 'loading';
    this._answeredOn = task.response?.answeredOn ?? '';
    await this.updateComplete;
    if (!current()) {
      return;
    }
    this.querySelector('#form-heading')?.focus();
    try {
      const questionnaire = await this._questionnaire(task.template, task.version, task.role);
      task.questionnaire = questionnaire;
      await this.updateComplete;
      await this._rendering;
      if (!current()) {
        return;
      }
      const rendering = renderQuestionnaire(this.querySelector(`#${FORM_ID}`), questionnaire, this.lang,
        { response: response ?? (task.response ? storedAsResponse(questionnaire, task.response) : null) });
      this._rendering = rendering.catch(() => {});
      await rendering;
      if (current()) {
        this._formState = 'shown';
      }
    } catch (e) {
      if (e?.status !== 401 && current()) {
        this._formState = 'failed';
        this._errors = [{ href: null, message: generalMessage(e, this.lang) }];
      }
    }
  }

  async _save() {
    if (this._sending || this._formState !== 'shown') {
      return;
    }
    const task = this._task;
    const container = this.querySelector(`#${FORM_ID}`);
    const answeredOn = this.querySelector('#answered-on')?.value || null;
    const questionnaireResponse = readResponse(container, answeredOn);
    if (!questionnaireResponse) {
      this._showFormErrors(container);
      return;
    }
    this._sending = true;
    this._conflict = false;
    this._sessionEnded = false;
    try {
      let saved;
      // a 401 keeps the page: the answers typed stay while the user logs in again in another tab and saves again
      if (task.mode === 'new') {
        saved = await this._api.post(`/enrolments/${task.enrolment}/responses`, {
          occasion: task.occasion, sequence: task.sequence, role: task.role, answeredOn: answeredOn ?? undefined,
          questionnaireResponse,
        }, { stayOnPage: true });
      } else {
        saved = await this._api.request('PUT', `/responses/${task.response.id}`, {
          body: { answeredOn: answeredOn ?? undefined, questionnaireResponse }, etag: task.etag, stayOnPage: true,
        });
      }
      showQuestionErrors(container, {});
      this._errors = [];
      this._answeredOnError = '';
      this._saved = { kind: task.mode === 'new' ? 'saved' : 'corrected' };
      await this._showResponse(saved.body, saved.etag);
      this._loadDue();
      this._loadRecent();
    } catch (e) {
      if (e?.status === 401) {
        this._sessionEnded = true;
        await this.updateComplete;
        this.querySelector('#session-ended')?.focus();
        return;
      }
      if (e?.conflict && task.mode === 'new') {
        // the occasion was answered (by this role) since the list was read: nothing to correct here, the list again
        await this._backToList(this.t('alreadyAnswered'));
        return;
      }
      this._conflict = e?.conflict === true;
      this._showApiErrors(e, questionnaireResponse);
    } finally {
      this._sending = false;
    }
  }

  /** LHC-Forms' own errors (a value it cannot read), sorted onto the questions by their text. */
  _showFormErrors(container) {
    const { byLinkId, summary } = formErrors(formValidationErrors(container), this._task.questionnaire);
    const targets = showQuestionErrors(container, byLinkId);
    this._errors = summary.map((s) => ({
      href: s.linkId && targets[s.linkId] ? `#${targets[s.linkId]}` : null, message: s.message,
    }));
    if (this._errors.length === 0) {
      this._errors = [{ href: null, message: this.t('formInvalid') }];
    }
  }

  _showApiErrors(e, sent) {
    const container = this.querySelector(`#${FORM_ID}`);
    const day = (e?.errors ?? []).find((err) => err.field === 'answeredOn');
    this._answeredOnError = day ? this.t('answeredOnInvalid') : '';
    const rest = day ? { ...e, errors: e.errors.filter((err) => err !== day) } : e;
    const { byLinkId, summary } = questionErrors(rest, this._task.questionnaire,
      (linkId, message) => apiQuestionMessage(message, this.lang), generalMessage(e, this.lang));
    const targets = showQuestionErrors(container, byLinkId, errorEntries(this._task.questionnaire, sent, rest?.errors));
    this._errors = [
      ...(day ? [{ href: '#answered-on', message: this._answeredOnError }] : []),
      ...summary.filter((s) => !(day && s.linkId === null && rest.errors.length === 0)).map((s) => ({
        href: s.linkId && targets[s.linkId] ? `#${targets[s.linkId]}` : null,
        message: s.message,
      })),
    ];
  }

  // ---- a saved response

  async _openResponse(item) {
    this._saved = null;
    this._startError = '';
    this._listNotice = '';
    this._voiding = null;
    this._task = {
      mode: 'view', enrolment: item.enrolment, client: null, unit: item.unit, template: item.template,
      version: item.version, occasion: item.occasion, sequence: item.sequence, role: item.role,
    };
    try {
      const answer = await this._api.get(`/responses/${item.id}`);
      await this._showResponse(answer.body, answer.etag);
    } catch (e) {
      if (e?.status !== 401) {
        this._startError = generalMessage(e, this.lang);
      }
    }
  }

  async _showResponse(response, etag) {
    const task = {
      ...this._task, mode: 'view', response, etag, template: response.template, version: response.version,
      occasion: response.occasion, sequence: response.sequence, role: response.role, enrolment: response.enrolment,
    };
    this._task = task;
    task.questionnaire = await this._questionnaire(task.template, task.version, task.role);
    this._view = 'response';
    this._history = { loading: true, rows: [], error: '' };
    await this.updateComplete;
    (this.querySelector('#saved-notice') ?? this.querySelector('#response-heading'))?.focus();
    try {
      const history = (await this._api.get(`/responses/${response.id}/history`)).body;
      this._history = {
        loading: false, error: '', rows: historyRows(history, freeTextLinkIds(task.questionnaire)),
      };
    } catch (e) {
      this._history = { loading: false, error: generalMessage(e, this.lang), rows: [] };
    }
  }

  // ---- entered in error ("Makulera svaret"): a second step asks why, then POST /responses/{id}/entered-in-error

  async _startVoid() {
    this._saved = null;
    this._voiding = { reason: '', error: '', general: '', sending: false };
    await this.updateComplete;
    this.querySelector('#void-heading')?.focus();
  }

  async _cancelVoid() {
    this._voiding = null;
    await this.updateComplete;
    this.querySelector('#void-response')?.focus();
  }

  async _confirmVoid() {
    const voiding = this._voiding;
    if (!voiding || voiding.sending) {
      return;
    }
    const reason = (this.querySelector('#void-reason')?.value ?? '').trim();
    if (!reason) {
      this._voiding = { ...voiding, reason, error: this.t('voidReasonMissing'), general: '' };
      return;
    }
    this._voiding = { ...voiding, reason, error: '', general: '', sending: true };
    try {
      const answer = await this._api.post(`/responses/${this._task.response.id}/entered-in-error`, { reason },
        { etag: this._task.etag });
      this._voiding = null;
      this._saved = { kind: 'voided' };
      await this._showResponse(answer.body, answer.etag);
      this._loadDue();
      this._loadRecent();
    } catch (e) {
      if (e?.status === 401) {
        return;
      }
      const field = (e?.errors ?? []).find((err) => err.field === 'reason');
      this._voiding = {
        ...this._voiding, sending: false, error: field ? this.t('voidReasonMissing') : '',
        general: field ? '' : (e?.conflict ? this.t('voidConflict') : generalMessage(e, this.lang)),
      };
    }
  }

  async _correct() {
    this._saved = null;
    this._task = { ...this._task, mode: 'correct' };
    await this._showForm();
  }

  async _reload() {
    if (!this._task?.response) {
      await this._backToList();
      return;
    }
    try {
      const answer = await this._api.get(`/responses/${this._task.response.id}`);
      this._task = { ...this._task, response: answer.body, etag: answer.etag };
      await this._showForm();
    } catch (e) {
      if (e?.status !== 401) {
        this._errors = [{ href: null, message: generalMessage(e, this.lang) }];
      }
    }
  }

  /** The list again, read anew (what was due may have been answered meanwhile); `notice` said above it. */
  async _backToList(notice = '') {
    this._formCalls.begin();
    this._view = 'list';
    this._task = null;
    this._errors = [];
    this._saved = null;
    this._sessionEnded = false;
    this._startError = '';
    this._listNotice = notice;
    this._loadDue();
    this._loadRecent();
    this._voiding = null;
    await this.updateComplete;
    (this.querySelector('#list-notice') ?? this.querySelector('#list-heading'))?.focus();
  }

  // ---- rendering

  render() {
    return html`
      ${this._startError ? html`<p class="error-message" role="alert">${this._startError}</p>` : nothing}
      ${this._view === 'list' && this._listNotice ? html`
        <div class="notification notification--info" id="list-notice" tabindex="-1" role="alert">
          <p>${this._listNotice}</p>
        </div>` : nothing}
      ${this._view === 'list' ? this._renderList() : nothing}
      ${this._view === 'form' ? this._renderForm() : nothing}
      ${this._view === 'response' ? this._renderResponse() : nothing}`;
  }

  _renderList() {
    const t = this.t;
    return html`
      <h1 id="list-heading" tabindex="-1">${t('heading')}</h1>
      <p class="lead">${t('lead')}</p>
      <form class="followup-filters" @submit=${(e) => { e.preventDefault(); this._applyFilter(); }}>
        <fieldset>
          <legend>${t('filters')}</legend>
          <div class="form-group">
            <label class="label" for="filter-unit">${t('unit')}</label>
            <select class="select" id="filter-unit">
              <option value="">${t('allUnits')}</option>
              ${this._units.map((u) => html`<option value=${u.code} ?selected=${u.code === this._filter.unit}>${u.label}</option>`)}
            </select>
          </div>
          <div class="form-group checkbox">
            <input type="checkbox" id="filter-mine" .checked=${this._filter.mine}>
            <label for="filter-mine">${t('onlyMine')}</label>
          </div>
          <button type="submit" class="button button--secondary" id="filter-submit">${t('show')}</button>
        </fieldset>
      </form>
      <h2 id="due-heading">${t('heading')}</h2>
      ${this._renderDue()}
      <h2>${t('recent')}</h2>
      ${this._renderRecent()}
      <folja-proposals-section heading-level="2" @enrolments-confirmed=${() => this._loadDue()}></folja-proposals-section>`;
  }

  _applyFilter() {
    this._filter = {
      unit: this.querySelector('#filter-unit').value,
      mine: this.querySelector('#filter-mine').checked,
    };
    this._loadDue();
    this._loadRecent();
  }

  _renderDue() {
    const t = this.t;
    const due = this._due;
    if (due.loading) {
      return html`<p role="status">${t('loading')}</p>`;
    }
    if (due.error) {
      return html`<p class="error-message" role="alert">${due.error}</p>`;
    }
    if (due.groups.length === 0) {
      return html`<p role="status">${t('noneDue')}</p>`;
    }
    return html`
      <p role="status" id="due-count">${t('dueCount', due.groups.length)}</p>
      <ul class="due-list">
        ${due.groups.map((group) => html`
          <li class="due-client" data-enrolment=${group.enrolment}>
            <h3 class="due-client__heading">
              ${t('client')} ${formatPersonnummer(group.client)}
              <span class="due-client__meta">(${t('enrolment', group.enrolment)}, ${this._unitLabel(group.unit)})</span>
              ${group.overdue ? html`<strong class="tag tag--overdue">${t('overdue')}</strong>` : nothing}
            </h3>
            ${group.followUps.map((followUp) => html`
              <div class="due-followup">
                <h4 class="due-followup__heading">${this._title(followUp.template)}</h4>
                <ul class="due-occasions">
                  ${followUp.occasions.map((occasion) => html`
                    <li class="due-occasion" data-occasion=${occasion.occasion} data-sequence=${occasion.sequence}>
                      <span class="due-occasion__name">${this._occasionName(occasion.occasion, occasion.sequence)}</span>,
                      <span>${t('dueOn', formatDate(occasion.due))}</span>
                      ${occasion.overdue ? html`<strong class="tag tag--overdue">${t('overdueText')}</strong>` : nothing}
                      <span class="due-occasion__actions">
                        ${occasion.unanswered.map((role) => html`
                          <button type="button" class="button button--small" data-role=${role}
                            @click=${() => this._openOccasion(group, followUp, occasion, role)}>${t('answer', this._role(role))}<span
                            class="visually-hidden">(${this._title(followUp.template)}, ${this._occasionName(occasion.occasion, occasion.sequence)})</span></button>`)}
                      </span>
                    </li>`)}
                </ul>
              </div>`)}
          </li>`)}
      </ul>`;
  }

  _unitLabel(code) {
    return this._units.find((u) => u.code === code)?.label ?? code;
  }

  _renderRecent() {
    const t = this.t;
    const recent = this._recent;
    if (recent.loading) {
      return html`<p role="status">${t('loading')}</p>`;
    }
    if (recent.error) {
      return html`<p class="error-message" role="alert">${recent.error}</p>`;
    }
    if (recent.items.length === 0) {
      return html`<p>${t('recentEmpty')}</p>`;
    }
    return html`
      <div class="table-wrapper">
        <table class="table" id="recent-responses">
          <thead><tr><th scope="col">${t('answeredOn')}</th><th scope="col">${t('occasion')}</th>
            <th scope="col">${t('answeredBy')}</th><th scope="col"><span class="visually-hidden">${t('open')}</span></th></tr></thead>
          <tbody>
            ${recent.items.map((item) => html`
              <tr data-response=${item.id}>
                <td>${formatDate(item.answeredOn)}</td>
                <td>${this._title(item.template)}: ${this._occasionName(item.occasion, item.sequence)}
                  (${t('enrolment', item.enrolment)})</td>
                <td>${this._role(item.role)}</td>
                <td><button type="button" class="link-button" @click=${() => this._openResponse(item)}>
                  ${t('open')}<span class="visually-hidden">: ${this._title(item.template)}, ${t('enrolment', item.enrolment)}</span></button></td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  _taskSummary() {
    const t = this.t;
    const task = this._task;
    return html`
      <dl class="summary-list">
        ${task.client ? html`<div><dt>${t('client')}</dt><dd>${formatPersonnummer(task.client)}</dd></div>` : nothing}
        <div><dt>${t('occasion')}</dt><dd>${this._occasionName(task.occasion, task.sequence)}
          (${t('enrolment', task.enrolment)}, ${this._unitLabel(task.unit)})</dd></div>
        ${task.due ? html`<div><dt>${t('due')}</dt><dd>${formatDate(task.due)}
          ${task.overdue ? html`<strong class="tag tag--overdue">${t('overdueText')}</strong>` : nothing}</dd></div>` : nothing}
        <div><dt>${t('answeredBy')}</dt><dd>${this._role(task.role)}</dd></div>
      </dl>`;
  }

  _renderForm() {
    const t = this.t;
    const task = this._task;
    return html`
      <folja-error-summary .errors=${this._errors} lang=${this.lang}></folja-error-summary>
      <h1 id="form-heading" tabindex="-1">${t('formHeading', this._title(task.template), this._occasionName(task.occasion, task.sequence))}</h1>
      ${this._taskSummary()}
      ${this._conflict ? html`
        <div class="notification notification--info" role="alert">
          <p>${t('conflict')}</p>
          <button type="button" class="button button--secondary" id="reload" @click=${() => this._reload()}>${t('reload')}</button>
        </div>` : nothing}
      ${this._sessionEnded ? html`
        <div class="notification notification--info" id="session-ended" tabindex="-1" role="alert">
          <h2 class="notification__title">${t('sessionEnded')}</h2>
          <p>${t('sessionEndedText', t(task.mode === 'new' ? 'save' : 'saveCorrection'))}</p>
          <p><a href=${loginAddress()} target="_blank" rel="noopener" id="login-again">${t('logInAgain')}</a></p>
        </div>` : nothing}
      <div class="form-group">
        <label class="label" for="answered-on">${t('answeredOn')}</label>
        <p class="hint" id="answered-on-hint">${t('answeredOnHint')}</p>
        ${this._answeredOnError ? html`<p class="error-message" id="answered-on-error">${this._answeredOnError}</p>` : nothing}
        <input class="input input--short ${this._answeredOnError ? 'input--error' : ''}" type="text" id="answered-on"
          inputmode="numeric" autocomplete="off"
          aria-describedby=${this._answeredOnError ? 'answered-on-hint answered-on-error' : 'answered-on-hint'}
          aria-invalid=${this._answeredOnError ? 'true' : nothing} .value=${this._answeredOn ?? ''}>
      </div>
      <section class="questionnaire" aria-labelledby="form-for">
        <h2 id="form-for">${t('formFor', this._role(task.role))}</h2>
        ${this._formState === 'loading' ? html`<p role="status">${t('loadingForm')}</p>` : nothing}
        <div id=${FORM_ID} class="questionnaire-form" data-state=${this._formState}></div>
      </section>
      <div class="button-group">
        <button type="button" class="button" id="save-response" ?disabled=${this._sending || this._formState !== 'shown'}
          @click=${() => this._save()}>${this._sending ? t('saving') : t(task.mode === 'new' ? 'save' : 'saveCorrection')}</button>
        <button type="button" class="button button--secondary" @click=${() => this._backToList()}>${t('cancel')}</button>
      </div>`;
  }

  _renderResponse() {
    const t = this.t;
    const task = this._task;
    const response = task.response;
    const rows = answerRows(response, task.questionnaire, optionLabels(task.questionnaire), itemsByLinkId(task.questionnaire), this.lang);
    const voided = response.status === 'ENTERED_IN_ERROR';
    const voiding = this._voiding;
    return html`
      ${voiding ? html`<folja-error-summary lang=${this.lang} .errors=${[
        ...(voiding.error ? [{ href: '#void-reason', message: voiding.error }] : []),
        ...(voiding.general ? [{ href: null, message: voiding.general }] : []),
      ]}></folja-error-summary>` : nothing}
      ${this._saved ? html`
        <div class="notification" id="saved-notice" tabindex="-1" role="status">
          <h2 class="notification__title">${t(this._saved.kind)}</h2>
          <p>${this._saved.kind === 'voided' ? t('voidedText') : t('savedText', rows.length)}</p>
        </div>` : nothing}
      <h1 id="response-heading" tabindex="-1">${t('formHeading', this._title(task.template), this._occasionName(task.occasion, task.sequence))}</h1>
      ${this._taskSummary()}
      ${voided ? html`<p class="response-status" id="response-status"><strong class="tag">${t('kind.ENTERED_IN_ERROR')}</strong>
        ${t('enteredInError', response.errorReason ?? '')}</p>` : nothing}
      <div class="table-wrapper">
        <table class="table" id="response-answers">
          <caption>${t('answeredOn')} ${formatDate(response.answeredOn)}</caption>
          <thead><tr><th scope="col">${t('question')}</th><th scope="col">${t('value')}</th></tr></thead>
          <tbody>${rows.map((row) => html`<tr><td>${row.question}</td><td>${row.value}</td></tr>`)}</tbody>
        </table>
      </div>
      ${voiding ? this._renderVoid() : html`
        <div class="button-group">
          ${voided ? nothing : html`
            <button type="button" class="button" id="correct-response" @click=${() => this._correct()}>${t('openAgain')}</button>
            <button type="button" class="button button--warning" id="void-response" @click=${() => this._startVoid()}>${t('voidResponse')}</button>`}
          <button type="button" class="button button--secondary" @click=${() => this._backToList()}>${t('cancel')}</button>
        </div>`}
      <h2>${t('history')}</h2>
      ${this._renderHistory()}`;
  }

  _renderVoid() {
    const t = this.t;
    const voiding = this._voiding;
    return html`
      <section class="void-response" aria-labelledby="void-heading">
        <h2 id="void-heading" tabindex="-1">${t('voidHeading')}</h2>
        <p>${t('voidText')}</p>
        <div class="form-group ${voiding.error ? 'form-group--error' : ''}">
          <label class="label" for="void-reason">${t('voidReason')}</label>
          <p class="hint" id="void-reason-hint">${t('voidReasonHint')}</p>
          ${voiding.error ? html`<p class="error-message" id="void-reason-error">${voiding.error}</p>` : nothing}
          <textarea class="textarea ${voiding.error ? 'textarea--error' : ''}" id="void-reason" name="reason" rows="3"
            aria-describedby=${voiding.error ? 'void-reason-hint void-reason-error' : 'void-reason-hint'}
            aria-invalid=${voiding.error ? 'true' : nothing} .value=${voiding.reason}></textarea>
        </div>
        <div class="button-group">
          <button type="button" class="button button--warning" id="confirm-void" ?disabled=${voiding.sending}
            @click=${() => this._confirmVoid()}>${voiding.sending ? t('voiding') : t('voidConfirm')}</button>
          <button type="button" class="button button--secondary" id="cancel-void" @click=${() => this._cancelVoid()}>${t('voidCancel')}</button>
        </div>
      </section>`;
  }

  _renderHistory() {
    const t = this.t;
    const history = this._history;
    if (!history || history.loading) {
      return html`<p role="status">${t('loading')}</p>`;
    }
    if (history.error) {
      return html`<p class="error-message" role="alert">${history.error}</p>`;
    }
    if (history.rows.length === 0) {
      return html`<p>${t('historyEmpty')}</p>`;
    }
    const items = itemsByLinkId(this._task.questionnaire);
    const labels = optionLabels(this._task.questionnaire);
    const question = (key) => {
      const linkId = key.split(' ')[0];
      return (items[linkId]?.text ?? linkId) + key.slice(linkId.length);
    };
    const label = (key, value) => {
      const linkId = key.split(' ')[0];
      return (value ?? '').split(', ').map((v) => labels[linkId]?.[v]
        ?? (this.lang === 'sv' && /^-?\d+\.\d+$/.test(v) ? v.replace('.', ',') : v)).join(', ');
    };
    return html`
      <div class="table-wrapper">
        <table class="table" id="response-history">
          <thead><tr><th scope="col">${t('revision')}</th><th scope="col">${t('when')}</th><th scope="col">${t('who')}</th>
            <th scope="col">${t('what')}</th></tr></thead>
          <tbody>
            ${history.rows.map((row) => html`
              <tr>
                <td>${row.revision}</td>
                <td>${formatDateTime(row.changedAt)}</td>
                <td>${row.changedBy}</td>
                <td>${t(`kind.${row.kind}`)}
                  ${row.changes.length ? html`<ul class="history-changes">${row.changes.map((c) => html`<li>${c.textChanged
                    ? t('textChanged', question(c.question))
                    : t('changedTo', question(c.question), label(c.question, c.before), label(c.question, c.after))}</li>`)}</ul>` : nothing}
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

if (!customElements.get('folja-followups-page')) {
  customElements.define('folja-followups-page', FoljaFollowUpsPage);
}
