// What the reason catalogue and the maintained lists (intervention types, units) share on the catalogue page: the
// items read from the API, the add form and the edit form with their field errors, a change sent with the ETag of
// the version shown, a 409 answered with the conflict message and a "Ladda om" that reads the item again (never
// overwriting, never retrying by itself), and a short confirmation announced in a status region. Light DOM.
import { LitElement, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../shared/folja-error-summary.js';
import { pageApi } from '../shared/page-api.js';
import { formErrors, generalMessage } from '../shared/errors.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { MESSAGES } from './messages.js';
import { addRefusal, etagOf, fieldMap, replaceItem } from './catalogue-logic.js';
import { textField } from './fields.js';

const NO_ERRORS = Object.freeze({ byId: Object.freeze({}), summary: Object.freeze([]) });

export class CatalogueSection extends LitElement {
  static properties = {
    _items: { state: true },
    _loading: { state: true },
    _loadError: { state: true },
    _status: { state: true },
    _addErrors: { state: true },
    _editing: { state: true },
    _editErrors: { state: true },
    _conflict: { state: true },
    _actionErrors: { state: true },
    _busy: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    this.api = pageApi();
    this._items = [];
    this._loading = true;
    this._loadError = null;
    this._status = '';
    this._addErrors = NO_ERRORS;
    this._editing = null;
    this._editErrors = NO_ERRORS;
    this._conflict = null;
    this._actionErrors = [];
    this._busy = false;
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  // ---- to be given by each catalogue -------------------------------------------------------------------------

  /** The API path below /folja/api/v1, e.g. `/admin/units`. */
  get path() {
    throw new Error('path');
  }

  /** The prefix of every element id of this catalogue. */
  get idPrefix() {
    throw new Error('idPrefix');
  }

  /** `the unit Norr (BS-1)`: how the texts name an item. */
  itemName(item) {
    return item.code;
  }

  /** `The unit Norr (BS-1)`: the same at the start of a sentence. */
  itemTitle(item) {
    return item.code;
  }

  /** The field messages of the add and edit forms, `{apiField: message}`. */
  get fieldMessages() {
    return {};
  }

  /** Called after every stored change, e.g. to reload a preview. */
  changed() {}

  // ---- reading ---------------------------------------------------------------------------------------------

  /** Reads every item again (a change is shown as the API stores it). */
  async load() {
    try {
      const answer = await this.api.get(this.path);
      this._items = this.ordered(answer.body ?? []);
      this._loadError = null;
    } catch (e) {
      this._loadError = generalMessage(e, this.lang);
    } finally {
      this._loading = false;
    }
  }

  /** The items in the order they are listed; the API's by default. */
  ordered(items) {
    return items;
  }

  item(code) {
    return this._items.find((i) => i.code === code);
  }

  /** `reason-edit-labelSv` */
  idOf(...parts) {
    return [this.idPrefix, ...parts].join('-');
  }

  // ---- changes ---------------------------------------------------------------------------------------------

  /**
   * Sends one change of `item` with the ETag of the version shown; then shows the stored catalogue, announces
   * `success(stored)` and focuses `focusId`. A 409: the conflict message with "Ladda om"; field errors go to the
   * edit form when it is open for the item; anything else is one line at the top of the catalogue.
   *
   * @returns the stored item, or null when the change was refused
   */
  async change(item, send, { success, focusId, editForm = false } = {}) {
    this._busy = true;
    this._actionErrors = [];
    try {
      const answer = await send(etagOf(item.version));
      const stored = answer.body;
      this._conflict = null;
      if (editForm) {
        this._editing = null;
        this._editErrors = NO_ERRORS;
      }
      this._items = this.ordered(replaceItem(this._items, stored));
      await this.load();
      this._busy = false; // before the focus: a disabled button cannot take it
      this.announce(success(stored));
      this.changed(stored);
      await this.focusOn(focusId);
      return stored;
    } catch (e) {
      if (e?.conflict) {
        this._conflict = { code: item.code };
        if (editForm) {
          this._editErrors = NO_ERRORS;
        }
        this._busy = false;
        await this.focusOn(this.idOf('conflict'));
      } else if (editForm && e?.status === 400) {
        this._editErrors = formErrors(e, fieldMap(this.idOf('edit'), this.editFields, this.fieldMessages), this.lang);
      } else {
        this._actionErrors = formErrors(e, {}, this.lang).summary;
      }
      return null;
    } finally {
      this._busy = false;
    }
  }

  /** The API fields of the edit form. */
  get editFields() {
    return ['labelSv', 'labelEn'];
  }

  /** The API fields of the add form. */
  get addFields() {
    return ['code', 'labelSv', 'labelEn'];
  }

  /** Adds an item from the add form; on success the form is emptied and its first field focused. */
  async add(event, body, success) {
    event.preventDefault();
    const form = event.target;
    this._busy = true;
    try {
      const answer = await this.api.post(this.path, body);
      const stored = answer.body;
      this._addErrors = NO_ERRORS;
      form.reset();
      await this.load();
      this._busy = false;
      this.announce(success(stored));
      this.changed(stored);
      await this.focusOn(this.idOf('new', 'code'));
    } catch (e) {
      this._addErrors = formErrors(addRefusal(e), fieldMap(this.idOf('new'), this.addFields, this.fieldMessages),
        this.lang);
    } finally {
      this._busy = false;
    }
  }

  /** Reads the item in conflict again, shows its stored values (in the edit form too) and says so. */
  async reloadConflict() {
    const code = this._conflict?.code;
    if (!code) {
      return;
    }
    try {
      const answer = await this.api.get(`${this.path}/${encodeURIComponent(code)}`);
      this._items = this.ordered(replaceItem(this._items, answer.body));
      this._conflict = null;
      this._editErrors = NO_ERRORS;
      this.announce(this.t('reloaded', this.itemTitle(answer.body)));
      this.changed(answer.body);
      await this.focusOn(this._editing?.code === code ? this.idOf('edit', 'labelSv') : this.idOf(code, 'edit'));
    } catch (e) {
      this._actionErrors = formErrors(e, {}, this.lang).summary;
    }
  }

  openEdit(item) {
    this._editing = { code: item.code };
    this._editErrors = NO_ERRORS;
    this._conflict = null;
    this.focusOn(this.idOf('edit', 'heading'));
  }

  closeEdit() {
    const code = this._editing?.code;
    this._editing = null;
    this._editErrors = NO_ERRORS;
    if (this._conflict?.code === code) {
      this._conflict = null;
    }
    this.focusOn(this.idOf(code, 'edit'));
  }

  /** Says `text` in the status region (re-said when it is the same as the last one). */
  announce(text) {
    this._status = '';
    this.updateComplete.then(() => {
      this._status = text;
    });
  }

  async focusOn(id) {
    await this.updateComplete;
    const target = id ? document.getElementById(id) : null;
    if (target) {
      target.focus();
    }
  }

  // ---- rendering -------------------------------------------------------------------------------------------

  renderStatus() {
    return html`<div class="catalogue-status" role="status">${this._status
      ? html`<p class="notification">${this._status}</p>` : nothing}</div>`;
  }

  renderActionErrors() {
    return html`<folja-error-summary .errors=${this._actionErrors} lang=${this.lang}></folja-error-summary>`;
  }

  /** The conflict message with "Ladda om", for `code`. */
  renderConflict(code) {
    if (this._conflict?.code !== code) {
      return nothing;
    }
    const item = this.item(code);
    return html`
      <div class="error-summary" role="alert" tabindex="-1" id=${this.idOf('conflict')}
        aria-labelledby=${this.idOf('conflict', 'title')}>
        <h3 class="error-summary__title" id=${this.idOf('conflict', 'title')}>${this.t('conflictTitle', this.itemTitle(item ?? { code, labelSv: code, labelEn: code }))}</h3>
        <p>${generalMessage({ status: 409 }, this.lang)}</p>
        <button type="button" class="button button--secondary" @click=${() => this.reloadConflict()}>${this.t('reload')}</button>
      </div>`;
  }

  /** The conflict message when it belongs to no open edit form: at the top of the catalogue. */
  renderLooseConflict() {
    const code = this._conflict?.code;
    return code && this._editing?.code !== code ? this.renderConflict(code) : nothing;
  }

  stateTag(item) {
    return item.active
      ? html`<strong class="tag tag--green">${this.t('active')}</strong>`
      : html`<strong class="tag tag--grey">${this.t('retired')}</strong>`;
  }

  /**
   * A row's action button whose accessible name says which item, starting with the text shown: "Ändra orsaken
   * Bortrest (BORTREST)". An aria-label, not a visually hidden span: an absolutely positioned span inside a table
   * that scrolls sideways would widen the page itself at 320 px.
   */
  actionButton(item, action, text, onClick, { disabled = false } = {}) {
    return html`<button type="button" class="link-button" id=${this.idOf(item.code, action)} ?disabled=${disabled || this._busy}
      aria-label=${`${text} ${this.itemName(item)}`} @click=${onClick}>${text}</button>`;
  }

  /** The label fields of the add or edit form. */
  labelFields(formPrefix, item, errors) {
    const t = this.t;
    return html`
      ${textField({ id: `${formPrefix}-labelSv`, name: 'labelSv', label: t('labelSv'), value: item?.labelSv,
        error: errors.byId[`${formPrefix}-labelSv`], errorPrefix: t('error') })}
      ${textField({ id: `${formPrefix}-labelEn`, name: 'labelEn', label: t('labelEn'), value: item?.labelEn,
        error: errors.byId[`${formPrefix}-labelEn`], errorPrefix: t('error') })}`;
  }

  codeField(hint) {
    const t = this.t;
    const id = this.idOf('new', 'code');
    return textField({ id, name: 'code', label: t('code'), hint, error: this._addErrors.byId[id],
      errorPrefix: t('error'), spellcheck: false });
  }

  /** The edit form of the item being edited, rebuilt when its stored version changes (after "Ladda om"). */
  renderEditPanel(heading, fields, onSubmit) {
    const item = this._editing ? this.item(this._editing.code) : null;
    if (!item) {
      return nothing;
    }
    const t = this.t;
    return html`
      <section class="catalogue-panel" aria-labelledby=${this.idOf('edit', 'heading')}>
        <h3 id=${this.idOf('edit', 'heading')} tabindex="-1">${heading(item)}</h3>
        ${this.renderConflict(item.code)}
        <folja-error-summary .errors=${this._editErrors.summary} lang=${this.lang}></folja-error-summary>
        ${keyed(`${item.code}:${item.version}`, html`
          <form novalidate @submit=${(e) => onSubmit(e, item)}>
            ${fields(item)}
            <div class="button-group">
              <button type="submit" class="button" ?disabled=${this._busy}>${t('save')}</button>
              <button type="button" class="button button--secondary" @click=${() => this.closeEdit()}>${t('cancel')}</button>
            </div>
          </form>`)}
      </section>`;
  }
}

/** A code in a table cell, breakable after its underscores (`ANNAN_<wbr>FORMELL_<wbr>AKTIVITET`), never inside a word. */
export function codeCell(code) {
  const parts = String(code).split('_');
  return html`<code>${parts.map((part, index) => (index < parts.length - 1 ? html`${part}_<wbr>` : part))}</code>`;
}

/** The values of a form's named fields. */
export function formValues(form) {
  return Object.fromEntries(new FormData(form).entries());
}
