// <folja-enrolment-proposals unit="HEMTJANST_CENTRUM" template="ALDREOMSORG_SOCIAL_SAMVARO">: the unit's clients
// whom a follow-up enabled today is meant for and who are not enrolled in it (GET /followup-proposals, staff of the
// unit only: the list holds personnummer), each with why it was proposed (the grant's intervention type, the
// client's age, how long the intervention has run); confirm one or several (POST /enrolments with the proposal's
// grant, one after the other): each confirmed one leaves the list, each refused one stays, marked, with the API's
// reason in the error summary and beside its row. Fires `enrolments-confirmed` ({detail: {enrolments: [ids]}})
// after confirmations, so that the page embedding it can read its enrolments again; the status says how many were
// confirmed and how many proposals are left. `heading-level` (default 3) and `heading-text` (default "Förslag på
// inskrivningar") set its heading. Nothing is logged or stored in the browser, and no personal data goes into an
// address. Light DOM: folja.css styles it.
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-error-summary.js';
import { pageApi } from '../shared/page-api.js';
import { formatDate, formatPersonnummer } from '../shared/format.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { PROPOSAL_MESSAGES } from './proposals-messages.js';
import { heading } from './heading.js';
import { headingLevel } from './section-logic.js';
import { confirmationBody, loadRefusal, proposalKey, refusalMessage } from './proposals-logic.js';

let instances = 0;

export class FoljaEnrolmentProposals extends LitElement {
  static properties = {
    unit: { type: String },
    template: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
    headingText: { type: String, attribute: 'heading-text' },
    _proposals: { state: true },
    _types: { state: true },
    _selected: { state: true },
    _refused: { state: true },
    _summary: { state: true },
    _status: { state: true },
    _busy: { state: true },
    _loadError: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(PROPOSAL_MESSAGES, this.lang);
    this.api = pageApi();
    this.unit = '';
    this.template = '';
    this.headingLevel = '3';
    this.headingText = '';
    this._proposals = null;
    this._types = {};
    this._selected = new Set();
    this._refused = {};
    this._summary = [];
    this._status = '';
    this._busy = false;
    this._loadError = '';
    this._prefix = `proposals-${++instances}`;
  }

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if ((changed.has('unit') || changed.has('template')) && this.unit && this.template) {
      this.reload();
    }
  }

  /** Reads the proposals again (e.g. after the page enrolled someone by hand). */
  async reload() {
    const { unit, template } = this;
    this._loadError = '';
    try {
      const [proposals, types] = await Promise.all([
        this.api.get('/followup-proposals', { query: { unit, template } }),
        this.api.get('/intervention-types', { query: { lang: this.lang } }).catch(() => ({ body: [] })),
      ]);
      if (unit === this.unit && template === this.template) {
        this._proposals = proposals.body ?? [];
        this._types = Object.fromEntries((types.body ?? []).map((x) => [x.code, x.label]));
        this._selected = new Set();
        this._refused = {};
      }
    } catch (e) {
      this._proposals = null;
      this._loadError = loadRefusal(e, this.t, this.lang);
    }
  }

  _id(...parts) {
    return [this._prefix, ...parts].join('-');
  }

  _toggle(p, checked) {
    const next = new Set(this._selected);
    if (checked) {
      next.add(proposalKey(p));
    } else {
      next.delete(proposalKey(p));
    }
    this._selected = next;
  }

  _toggleAll(checked) {
    this._selected = checked ? new Set(this._proposals.map(proposalKey)) : new Set();
  }

  async _confirm(event) {
    event.preventDefault();
    const chosen = this._proposals.filter((p) => this._selected.has(proposalKey(p)));
    if (chosen.length === 0) {
      this._summary = [{ href: this._proposals.length > 0 ? `#${this._id('all')}` : null, message: this.t('noneChosen') }];
      return;
    }
    this._busy = true;
    this._summary = [];
    this._status = '';
    const confirmed = [];
    const refused = {};
    for (const p of chosen) {
      try {
        const answer = await this.api.post('/enrolments', confirmationBody(p, this.unit, this.template));
        confirmed.push({ proposal: p, enrolment: answer.body });
      } catch (e) {
        refused[proposalKey(p)] = refusalMessage(e, this.t, this.lang);
        if (e?.status === 401) {
          break;
        }
      }
    }
    const done = new Set(confirmed.map((c) => proposalKey(c.proposal)));
    this._proposals = this._proposals.filter((p) => !done.has(proposalKey(p)));
    this._selected = new Set([...this._selected].filter((k) => !done.has(k)));
    this._refused = refused;
    this._summary = chosen.filter((p) => refused[proposalKey(p)]).map((p) => ({
      href: `#${this._id(proposalKey(p))}`,
      message: this.t('refusedRow', formatPersonnummer(p.client), refused[proposalKey(p)]),
    }));
    this._busy = false;
    if (confirmed.length > 0) {
      this._status = this.t('confirmed', confirmed.length, this._proposals.length);
      this.dispatchEvent(new CustomEvent('enrolments-confirmed', {
        detail: { enrolments: confirmed.map((c) => c.enrolment?.id).filter((id) => id !== undefined) },
        bubbles: true, composed: true,
      }));
    }
    if (this._summary.length === 0) {
      await this.updateComplete;
      this.querySelector(`#${this._id('status')}`)?.focus();
    }
  }

  _why(p) {
    return this.t('why', {
      type: this._types[p.interventionType] ?? p.interventionType,
      age: p.age,
      since: formatDate(p.runningSince),
    });
  }

  _renderTable() {
    const t = this.t;
    const proposals = this._proposals;
    if (proposals.length === 0) {
      return html`<p>${t('none')}</p>`;
    }
    const all = proposals.length > 0 && proposals.every((p) => this._selected.has(proposalKey(p)));
    return html`
      <div class="radio checkbox">
        <input type="checkbox" id=${this._id('all')} .checked=${all} ?disabled=${this._busy}
          @change=${(e) => this._toggleAll(e.target.checked)}>
        <label for=${this._id('all')}>${t('chooseAll', proposals.length)}</label>
      </div>
      <div class="table-wrapper">
        <table class="table" id=${this._id('table')}>
          <caption>${t('caption', proposals.length)}</caption>
          <thead>
            <tr>
              <th scope="col">${t('choose')}</th>
              <th scope="col">${t('client')}</th>
              <th scope="col">${t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            ${proposals.map((p) => {
              const key = proposalKey(p);
              const refused = this._refused[key];
              const pnr = formatPersonnummer(p.client);
              return html`
                <tr data-grant=${p.grant} class=${refused ? 'row--error' : ''}>
                  <td>
                    <input type="checkbox" class="row-checkbox" id=${this._id(key)} .checked=${this._selected.has(key)}
                      ?disabled=${this._busy} aria-label=${t('chooseOne', pnr)}
                      aria-describedby=${refused ? this._id(key, 'error') : nothing}
                      @change=${(e) => this._toggle(p, e.target.checked)}>
                  </td>
                  <th scope="row" class="nowrap">${pnr}</th>
                  <td>${this._why(p)}${refused ? html`<p class="error-message" id=${this._id(key, 'error')}>
                    <span class="visually-hidden">${t('error')}</span> ${refused}</p>` : nothing}</td>
                </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <button type="submit" class="button" ?disabled=${this._busy}>${this._busy ? t('confirming')
        : t('confirmChosen', this._selected.size)}</button>`;
  }

  render() {
    const t = this.t;
    return html`
      <section aria-labelledby=${this._id('heading')} class="enrolment-proposals">
        ${heading(headingLevel(this.headingLevel, 3), this._id('heading'), this.headingText || t('heading'))}
        <p>${t('lead')}</p>
        <div role="status" id=${this._id('status')} tabindex="-1">${this._status
          ? html`<p class="notification">${this._status}</p>` : nothing}</div>
        <folja-error-summary .errors=${this._summary} lang=${this.lang}></folja-error-summary>
        ${this._loadError ? html`<p class="error-message" role="alert">${this._loadError}</p>` : nothing}
        ${this._proposals === null ? (this._loadError ? nothing : html`<p>${t('loading')}</p>`) : html`
          <form novalidate @submit=${(e) => this._confirm(e)}>${this._renderTable()}</form>`}
      </section>`;
  }
}

if (!customElements.get('folja-enrolment-proposals')) {
  customElements.define('folja-enrolment-proposals', FoljaEnrolmentProposals);
}
