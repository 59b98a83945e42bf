// <folja-reason-catalogue>: the reasons for interventions not carried out (/admin/reason-codes): every reason in
// sort order with its state; relabel and re-sort, move up and down, retire and reactivate, read the history; add a
// reason; and a preview of the dropdown staff see (<folja-reason-picker>), read again after every change.
import { html, nothing } from 'lit';
import '../folja-reason-picker.js';
import { CatalogueSection, codeCell, formValues } from './catalogue-section.js';
import { etagOf, historyChanges, newReasonBody, planMove, reasonEditBody, sortReasons } from './catalogue-logic.js';
import { radiosField, textField } from './fields.js';
import { HistoryPanel } from '../shared/history-panel.js';
import { formatDateTime } from '../shared/format.js';

const INITIATORS = ['CLIENT', 'ORGANISATION'];

export class FoljaReasonCatalogue extends CatalogueSection {
  static properties = {
    ...CatalogueSection.properties,
  };

  constructor() {
    super();
    this._history = new HistoryPanel(this, {
      address: (code) => `${this.path}/${encodeURIComponent(code)}/history`,
      headingId: () => this.idOf('history', 'heading'),
      buttonId: (code) => this.idOf(code, 'history'),
    });
  }

  get path() {
    return '/admin/reason-codes';
  }

  get idPrefix() {
    return 'reason';
  }

  itemName(reason) {
    return this.t('reasonName', reason);
  }

  itemTitle(reason) {
    return this.t('reasonTitle', reason);
  }

  get fieldMessages() {
    return this.t('reasonFields');
  }

  get editFields() {
    return ['labelSv', 'labelEn', 'sortOrder'];
  }

  get addFields() {
    return ['code', 'labelSv', 'labelEn', 'initiator', 'sortOrder'];
  }

  ordered(reasons) {
    return sortReasons(reasons);
  }

  changed() {
    this.querySelector('folja-reason-picker')?.reload();
    this._history.load();
  }

  // ---- actions ---------------------------------------------------------------------------------------------

  _edit(event, reason) {
    event.preventDefault();
    const body = reasonEditBody(formValues(event.target));
    return this.change(reason,
      (etag) => this.api.patch(`${this.path}/${encodeURIComponent(reason.code)}`, body, { etag }),
      { success: (stored) => this.t('reasonSaved', stored), focusId: this.idOf(reason.code, 'edit'), editForm: true });
  }

  _toggle(reason) {
    const action = reason.active ? 'retire' : 'reactivate';
    return this.change(reason,
      (etag) => this.api.request('POST', `${this.path}/${encodeURIComponent(reason.code)}/${action}`, { etag }),
      { success: (stored) => this.t(stored.active ? 'reasonReactivated' : 'reasonRetired', stored),
        focusId: this.idOf(reason.code, 'toggle') });
  }

  /** Moves a reason one place: usually one PATCH of its sort order; renumbering when no number is free. */
  async _move(reason, direction) {
    const plan = planMove(this._items, reason.code, direction);
    if (plan.length === 0) {
      return;
    }
    for (const [index, step] of plan.entries()) {
      const current = this.item(step.code);
      const last = index === plan.length - 1;
      const stored = await this.change(current,
        (etag) => this.api.patch(`${this.path}/${encodeURIComponent(step.code)}`, { sortOrder: step.sortOrder }, { etag }),
        { success: () => this.t(direction === 'up' ? 'reasonMovedUp' : 'reasonMovedDown', reason),
          focusId: last ? this._moveFocus(reason.code, direction) : null });
      if (!stored) {
        return;
      }
    }
  }

  /** The moved reason's same button, or the other one when it has reached the end. */
  _moveFocus(code, direction) {
    return () => {
      const sorted = this._items;
      const index = sorted.findIndex((r) => r.code === code);
      const atEnd = direction === 'up' ? index === 0 : index === sorted.length - 1;
      return this.idOf(code, atEnd ? (direction === 'up' ? 'down' : 'up') : direction);
    };
  }

  async focusOn(id) {
    await this.updateComplete;
    return super.focusOn(typeof id === 'function' ? id() : id);
  }

  _add(event) {
    const body = newReasonBody(formValues(event.target));
    return this.add(event, body, (stored) => this.t('reasonAdded', stored));
  }

  // ---- rendering -------------------------------------------------------------------------------------------

  _value(field, value) {
    if (value === undefined || value === null) {
      return '–';
    }
    if (field === 'active') {
      return value ? this.t('active') : this.t('retired');
    }
    if (field === 'initiator') {
      return this.t(value);
    }
    return String(value);
  }

  _renderHistory() {
    if (!this._history.isOpen) {
      return nothing;
    }
    const t = this.t;
    const reason = this.item(this._history.key) ?? { code: this._history.key };
    const entries = this._history.entries;
    return html`
      <section class="catalogue-panel" aria-labelledby=${this.idOf('history', 'heading')}>
        <h3 id=${this.idOf('history', 'heading')} tabindex="-1">${t('historyHeading', reason)}</h3>
        <folja-error-summary .errors=${this._history.errors} lang=${this.lang}></folja-error-summary>
        ${entries === null ? html`<p>${t('loading')}</p>` : entries.length === 0 ? html`<p>${t('noHistory')}</p>` : html`
          <div class="table-wrapper">
            <table class="table" id=${this.idOf('history', 'table')}>
              <caption>${t('historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('revision')}</th>
                  <th scope="col">${t('kind')}</th>
                  <th scope="col">${t('changedBy')}</th>
                  <th scope="col">${t('changedAt')}</th>
                  <th scope="col">${t('changes')}</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map((entry) => html`
                  <tr data-revision=${entry.revision}>
                    <td>${entry.revision}</td>
                    <td>${t(entry.kind)}</td>
                    <td>${entry.changedBy}</td>
                    <td>${formatDateTime(entry.changedAt)}</td>
                    <td>
                      <ul class="catalogue-changes">
                        ${historyChanges(entry).map((c) => html`<li>${t(`field_${c.field}`)}:
                          ${c.before === undefined ? nothing : html`${this._value(c.field, c.before)} →`}
                          ${this._value(c.field, c.after)}</li>`)}
                      </ul>
                    </td>
                  </tr>`)}
              </tbody>
            </table>
          </div>`}
        <button type="button" class="button button--secondary" @click=${() => this._history.close()}>${t('close')}</button>
      </section>`;
  }

  _editFields(reason) {
    const t = this.t;
    const prefix = this.idOf('edit');
    return html`
      ${this.labelFields(prefix, reason, this._editErrors)}
      ${textField({ id: `${prefix}-sortOrder`, name: 'sortOrder', label: t('sortOrder'), hint: t('sortOrderEditHint'),
        value: String(reason.sortOrder), error: this._editErrors.byId[`${prefix}-sortOrder`], errorPrefix: t('error'),
        short: true, inputmode: 'numeric' })}`;
  }

  _addForm() {
    const t = this.t;
    const prefix = this.idOf('new');
    const errors = this._addErrors;
    return html`
      <h3 id=${this.idOf('new', 'heading')}>${t('addReasonHeading')}</h3>
      <folja-error-summary .errors=${errors.summary} lang=${this.lang}></folja-error-summary>
      <form novalidate aria-labelledby=${this.idOf('new', 'heading')} @submit=${(e) => this._add(e)}>
        ${this.codeField(t('codeHint'))}
        ${this.labelFields(prefix, null, errors)}
        ${radiosField({ id: `${prefix}-initiator`, name: 'initiator', legend: t('initiatorLegend'),
          hint: t('initiatorHint'), choices: INITIATORS.map((value) => ({ value, label: t(`${value}_long`) })),
          error: errors.byId[`${prefix}-initiator`], errorPrefix: t('error') })}
        ${textField({ id: `${prefix}-sortOrder`, name: 'sortOrder', label: t('sortOrderOptional'),
          hint: t('sortOrderHint'), error: errors.byId[`${prefix}-sortOrder`], errorPrefix: t('error'), short: true,
          inputmode: 'numeric' })}
        <button type="submit" class="button" ?disabled=${this._busy}>${t('addReason')}</button>
      </form>`;
  }

  render() {
    const t = this.t;
    const reasons = this._items;
    return html`
      <section aria-labelledby=${this.idOf('heading')}>
        <h2 id=${this.idOf('heading')}>${t('reasonsHeading')}</h2>
        <p>${t('reasonsLead')}</p>
        ${this.renderStatus()}
        ${this.renderActionErrors()}
        ${this.renderLooseConflict()}
        ${this._loading ? html`<p>${t('loading')}</p>` : nothing}
        ${this._loadError ? html`<p class="error-message" role="alert">${this._loadError}</p>` : nothing}
        ${reasons.length > 0 ? html`
          <div class="table-wrapper">
            <table class="table" id=${this.idOf('table')}>
              <caption>${t('reasonsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('code')}</th>
                  <th scope="col">${t('labelSv')}</th>
                  <th scope="col">${t('labelEn')}</th>
                  <th scope="col">${t('initiator')}</th>
                  <th scope="col">${t('state')}</th>
                  <th scope="col">${t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${reasons.map((reason, index) => html`
                  <tr data-code=${reason.code} data-etag=${etagOf(reason.version)}>
                    <th scope="row">${codeCell(reason.code)}</th>
                    <td lang="sv">${reason.labelSv}</td>
                    <td lang="en">${reason.labelEn}</td>
                    <td>${t(reason.initiator)}</td>
                    <td>${this.stateTag(reason)}</td>
                    <td>
                      <div class="catalogue-actions">
                        ${this.actionButton(reason, 'edit', t('edit'), () => this.openEdit(reason))}
                        ${this.actionButton(reason, 'up', t('moveUp'), () => this._move(reason, 'up'),
                          { disabled: index === 0 })}
                        ${this.actionButton(reason, 'down', t('moveDown'), () => this._move(reason, 'down'),
                          { disabled: index === reasons.length - 1 })}
                        ${this.actionButton(reason, 'toggle', reason.active ? t('retire') : t('reactivate'),
                          () => this._toggle(reason))}
                        ${this.actionButton(reason, 'history', t('history'), () => this._history.open(reason.code))}
                      </div>
                    </td>
                  </tr>`)}
              </tbody>
            </table>
          </div>` : nothing}
        ${this.renderEditPanel((reason) => t('editHeading', reason), (reason) => this._editFields(reason),
          (event, reason) => this._edit(event, reason))}
        ${this._renderHistory()}
        <section class="catalogue-preview" aria-labelledby=${this.idOf('preview', 'heading')}>
          <h3 id=${this.idOf('preview', 'heading')}>${t('previewHeading')}</h3>
          <p>${t('previewLead')}</p>
          <folja-reason-picker id=${this.idOf('preview')} lang=${this.lang}></folja-reason-picker>
        </section>
        ${this._addForm()}
      </section>`;
  }
}

if (!customElements.get('folja-reason-catalogue')) {
  customElements.define('folja-reason-catalogue', FoljaReasonCatalogue);
}
