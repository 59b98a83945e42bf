// <folja-reason-picker>: the reason dropdown (orsakslistan) for a host journal's own <form>. A form-associated
// custom element: the host's form submits the chosen reason code under the element's name, as with a native
// <select>. Attributes, properties, events, parts and custom properties: README, "The reason dropdown in a host page".
import { LitElement, html, css, nothing } from 'lit';
import {
  apiBase, errorMessage, fetchReasons, findReason, groupReasons, language, loginUrl, texts,
} from './reasons.js';

/** Requests under way, by URL: several pickers on one page share one request. */
const inflight = new Map();

function load(base, lang) {
  const key = `${base}|${lang}`;
  let request = inflight.get(key);
  if (!request) {
    request = fetchReasons((url, init) => fetch(url, init), base, lang)
      .finally(() => inflight.delete(key));
    inflight.set(key, request);
  }
  return request;
}

export class FoljaReasonPicker extends LitElement {
  static formAssociated = true;

  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static properties = {
    name: { type: String, reflect: true },
    value: { type: String },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    label: { type: String },
    error: { type: String, reflect: true },
    apiBase: { type: String, attribute: 'api-base' },
    _groups: { state: true },
    _error: { state: true },
    _loading: { state: true },
    _formDisabled: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      font: var(--folja-picker-font, inherit);
      color: var(--folja-picker-text-color, inherit);
      max-width: 100%;
    }
    :host([hidden]) {
      display: none;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: var(--folja-picker-gap, 0.25rem);
    }
    label {
      font-weight: var(--folja-picker-label-weight, 700);
      color: var(--folja-picker-label-color, inherit);
    }
    select {
      box-sizing: border-box;
      width: var(--folja-picker-width, 100%);
      max-width: 100%;
      min-height: 2.5rem;
      font: inherit;
      color: var(--folja-picker-color, #0b0c0c);
      background-color: var(--folja-picker-background, #ffffff);
      border: var(--folja-picker-border, 2px solid #0b0c0c);
      border-radius: var(--folja-picker-radius, 0);
      padding: var(--folja-picker-padding, 0.375rem 0.5rem);
    }
    select:focus-visible {
      outline: var(--folja-picker-focus-outline, 3px solid #1d70b8);
      outline-offset: 2px;
    }
    select:disabled {
      color: var(--folja-picker-disabled-color, #4b5257);
      background-color: var(--folja-picker-disabled-background, #f3f2f1);
    }
    .message, .error {
      color: var(--folja-picker-error-color, #a4221a);
    }
    .error {
      margin: 0;
      font-weight: 700;
    }
    select[aria-invalid='true'] {
      border-color: var(--folja-picker-error-color, #a4221a);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: 0;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      border: 0;
      white-space: nowrap;
    }
    .message a {
      color: var(--folja-picker-link-color, #1d4f91);
    }
    .message a:focus-visible, .message button:focus-visible {
      outline: var(--folja-picker-focus-outline, 3px solid #1d70b8);
      outline-offset: 2px;
    }
    .message button {
      font: inherit;
      margin-top: 0.25rem;
      padding: 0.25rem 0.75rem;
      color: #ffffff;
      background-color: var(--folja-picker-button-background, #1d4f91);
      border: 0;
      border-radius: var(--folja-picker-radius, 0);
      cursor: pointer;
    }
  `;

  constructor() {
    super();
    this.name = '';
    this.value = '';
    this.required = false;
    this.disabled = false;
    this.label = '';
    this.error = '';
    this.apiBase = '';
    this._groups = [];
    this._error = null;
    this._loading = true;
    this._formDisabled = false;
    this._loaded = false;
    this._generation = 0;
    this._requested = undefined;
    this._internals = this.attachInternals();
  }

  /** `lang` is the element's own (native) attribute: the labels come from the API in that language. */
  static get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  attributeChangedCallback(name, old, value) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) {
      this.reload();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.reload();
  }

  willUpdate() {
    // api-base set or changed after the element was connected: load from there
    if (this.isConnected && this._requested !== undefined && this._requested !== this._source()) {
      this.reload();
    }
  }

  updated() {
    const select = this._select;
    if (select && select.value !== (this.value ?? '')) {
      select.value = this.value ?? '';
    }
    this._syncForm();
  }

  /** Fetches the active reasons again (revalidated with the catalogue's ETag) and shows them. */
  async reload() {
    const generation = ++this._generation;
    this._requested = this._source();
    this._loading = true;
    this._error = null;
    try {
      const reasons = await load(this._apiBase(), this._language());
      if (generation !== this._generation) {
        return;
      }
      this._groups = groupReasons(reasons, this._language());
      this._loaded = true;
      if (this.value && !findReason(this._groups, this.value)) {
        // a retired or unknown code is not offered: the field is empty, as a native select would be
        this.value = '';
      }
    } catch (e) {
      if (generation !== this._generation) {
        return;
      }
      this._groups = [];
      this._loaded = false;
      this._error = e;
    } finally {
      if (generation === this._generation) {
        this._loading = false;
      }
    }
  }

  /** The form this element belongs to, as a native control's `form`. */
  get form() {
    return this._internals.form;
  }

  get validity() {
    return this._internals.validity;
  }

  get validationMessage() {
    return this._internals.validationMessage;
  }

  get willValidate() {
    return this._internals.willValidate;
  }

  checkValidity() {
    return this._internals.checkValidity();
  }

  reportValidity() {
    return this._internals.reportValidity();
  }

  /** The active reasons as listed, in groups: `[{initiator, label, options: [{code, label, initiator}]}]`. */
  get groups() {
    return this._groups.map((group) => ({ ...group, options: group.options.map((option) => ({ ...option })) }));
  }

  /** The chosen reason `{code, label, initiator}`, or null. */
  get selectedReason() {
    const found = this.value ? findReason(this._groups, this.value) : undefined;
    return found ? { ...found } : null;
  }

  formResetCallback() {
    this.value = this.getAttribute('value') ?? '';
  }

  formDisabledCallback(disabled) {
    this._formDisabled = disabled;
  }

  formStateRestoreCallback(state) {
    this.value = typeof state === 'string' ? state : '';
  }

  get _select() {
    return this.renderRoot?.querySelector('select') ?? null;
  }

  _language() {
    return language(this.getAttribute('lang'));
  }

  /** Where and in which language the catalogue is loaded from. */
  _source() {
    return `${this._apiBase()}|${this._language()}`;
  }

  _apiBase() {
    return apiBase(this.apiBase, import.meta.url, document.baseURI);
  }

  _syncForm() {
    const value = this.value ?? '';
    this._internals.setFormValue(value === '' ? null : value, value);
    const t = texts(this._language());
    if (this.required && value === '') {
      const message = this._error ? `${t.valueMissing} ${errorMessage(this._error, this._language())}` : t.valueMissing;
      this._internals.setValidity({ valueMissing: true }, message, this._select ?? undefined);
    } else {
      this._internals.setValidity({});
    }
  }

  _onChange(event) {
    event.stopPropagation();
    this.value = event.target.value;
    this._syncForm();
    const reason = this.selectedReason;
    const detail = reason ?? { code: '', label: '', initiator: null };
    this.dispatchEvent(new CustomEvent('input', { bubbles: true, composed: true, detail }));
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true, detail }));
  }

  _message(t) {
    if (this._error) {
      const lang = this._language();
      const text = errorMessage(this._error, lang);
      if (this._error.kind === 'unauthenticated') {
        return html`${text} <a part="login-link" href=${loginUrl(this._apiBase(), location.href)}>${t.login}</a>`;
      }
      if (this._error.kind === 'forbidden') {
        return text; // trying again will not help
      }
      return html`${text}
        <div><button part="retry" type="button" @click=${() => this.reload()}>${t.retry}</button></div>`;
    }
    if (this._loaded && this._groups.length === 0) {
      return t.empty;
    }
    return nothing;
  }

  render() {
    const t = texts(this._language());
    const disabled = this.disabled || this._formDisabled || this._loading || !this._loaded;
    const placeholder = this._loading ? t.loading : t.placeholder;
    return html`
      <div class="field" part="field">
        <label for="select" part="label">${this.label || t.label}</label>
        ${this.error ? html`<p id="error" class="error" part="error"><span class="visually-hidden">${t.errorPrefix}</span>
          ${this.error}</p>` : nothing}
        <select id="select" part="select" aria-describedby=${this.error ? 'error message' : 'message'}
          aria-invalid=${this.error ? 'true' : 'false'} aria-required=${this.required ? 'true' : 'false'}
          aria-busy=${this._loading ? 'true' : 'false'}
          ?disabled=${disabled} @change=${this._onChange} @input=${(e) => e.stopPropagation()}>
          <option value="" ?selected=${!this.value}>${placeholder}</option>
          ${this._groups.map((group) => html`
            <optgroup label=${group.label} data-initiator=${group.initiator}>
              ${group.options.map((option) => html`
                <option value=${option.code} ?selected=${option.code === this.value}>${option.label}</option>`)}
            </optgroup>`)}
        </select>
        <div id="message" class="message" part="message" role="alert">${this._message(t)}</div>
      </div>`;
  }
}

if (!customElements.get('folja-reason-picker')) {
  customElements.define('folja-reason-picker', FoljaReasonPicker);
}
