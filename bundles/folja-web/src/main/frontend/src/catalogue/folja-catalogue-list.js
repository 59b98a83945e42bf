// <folja-catalogue-list kind="intervention-types|units">: one maintained list of the catalogue page (GET, POST,
// PATCH, retire and reactivate below /admin/<kind>): a table of every item (code, Swedish and English label,
// state), an add form, relabelling, retiring and reactivating, each change with If-Match.
import { html, nothing } from 'lit';
import { CatalogueSection, codeCell, formValues } from './catalogue-section.js';
import { listItemEditBody, newListItemBody } from './catalogue-logic.js';

export const LIST_KINDS = Object.freeze(['intervention-types', 'units']);

export class FoljaCatalogueList extends CatalogueSection {
  static properties = {
    ...CatalogueSection.properties,
    kind: { type: String },
  };

  constructor() {
    super();
    this.kind = '';
  }

  connectedCallback() {
    if (!LIST_KINDS.includes(this.kind)) {
      throw new Error(`unknown list ${this.kind}`);
    }
    super.connectedCallback();
  }

  get path() {
    return `/admin/${this.kind}`;
  }

  get idPrefix() {
    return this.kind;
  }

  /** This list's texts. */
  get m() {
    return this.t(this.kind);
  }

  itemName(item) {
    return this.m.name(item);
  }

  itemTitle(item) {
    return this.m.title(item);
  }

  get fieldMessages() {
    return this.m.fields;
  }

  _relabel(event, item) {
    event.preventDefault();
    const body = listItemEditBody(formValues(event.target));
    return this.change(item, (etag) => this.api.patch(`${this.path}/${encodeURIComponent(item.code)}`, body, { etag }),
      { success: (stored) => this.m.saved(stored), focusId: this.idOf(item.code, 'edit'), editForm: true });
  }

  _toggle(item) {
    const action = item.active ? 'retire' : 'reactivate';
    return this.change(item,
      (etag) => this.api.request('POST', `${this.path}/${encodeURIComponent(item.code)}/${action}`, { etag }),
      { success: (stored) => (stored.active ? this.m.reactivated(stored) : this.m.retired(stored)),
        focusId: this.idOf(item.code, 'toggle') });
  }

  _add(event) {
    const body = newListItemBody(formValues(event.target));
    return this.add(event, body, (stored) => this.m.added(stored));
  }

  render() {
    const t = this.t;
    const m = this.m;
    return html`
      <section aria-labelledby=${this.idOf('heading')}>
        <h2 id=${this.idOf('heading')}>${m.heading}</h2>
        <p>${m.lead}</p>
        ${this.renderStatus()}
        ${this.renderActionErrors()}
        ${this.renderLooseConflict()}
        ${this._loading ? html`<p>${t('loading')}</p>` : nothing}
        ${this._loadError ? html`<p class="error-message" role="alert">${this._loadError}</p>` : nothing}
        ${this._items.length > 0 ? html`
          <div class="table-wrapper">
            <table class="table" id=${this.idOf('table')}>
              <caption>${m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('code')}</th>
                  <th scope="col">${t('labelSv')}</th>
                  <th scope="col">${t('labelEn')}</th>
                  <th scope="col">${t('state')}</th>
                  <th scope="col">${t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${this._items.map((item) => html`
                  <tr data-code=${item.code}>
                    <th scope="row">${codeCell(item.code)}</th>
                    <td lang="sv">${item.labelSv}</td>
                    <td lang="en">${item.labelEn}</td>
                    <td>${this.stateTag(item)}</td>
                    <td>
                      <div class="catalogue-actions">
                        ${this.actionButton(item, 'edit', t('edit'), () => this.openEdit(item))}
                        ${this.actionButton(item, 'toggle', item.active ? t('retire') : t('reactivate'),
                          () => this._toggle(item))}
                      </div>
                    </td>
                  </tr>`)}
              </tbody>
            </table>
          </div>` : nothing}
        ${this.renderEditPanel((item) => m.editHeading(item),
          (item) => this.labelFields(this.idOf('edit'), item, this._editErrors),
          (event, item) => this._relabel(event, item))}
        <h3 id=${this.idOf('new', 'heading')}>${m.addHeading}</h3>
        <folja-error-summary .errors=${this._addErrors.summary} lang=${this.lang}></folja-error-summary>
        <form novalidate aria-labelledby=${this.idOf('new', 'heading')} @submit=${(e) => this._add(e)}>
          ${this.codeField(m.codeHint)}
          ${this.labelFields(this.idOf('new'), null, this._addErrors)}
          <button type="submit" class="button" ?disabled=${this._busy}>${m.add}</button>
        </form>
      </section>`;
  }
}

if (!customElements.get('folja-catalogue-list')) {
  customElements.define('folja-catalogue-list', FoljaCatalogueList);
}
