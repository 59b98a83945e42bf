// The statistics dashboard (/folja/dashboard/, role folja-statistician): Kalmar's table for the period and units
// chosen, then charts of the non-deliveries (by reason, unit and week, the cancellation rate by week, the life areas
// of the clients who cancel) and of the ORS follow-up (enrolment durations, change from the first to the latest
// measurement). Every figure comes from the export API (/folja/api/v1/export), suppression included; each chart's
// "Ladda ner CSV" is the export API's CSV for the same parameters. The filters travel in the address (no personal
// data: dates and a unit code). Once the summary and every chart are drawn, the page marks
// `performance.mark('folja-dashboard-drawn')` and sets `data-state="drawn"` (the benchmark and the tests wait for it).
import { LitElement, html, nothing } from 'lit';
import '../shared/folja-page-header.js';
import '../shared/folja-error-summary.js';
import { pageApi } from '../shared/page-api.js';
import { ApiError } from '../shared/api.js';
import { formErrors, generalMessage } from '../shared/errors.js';
import { formatNumber } from '../shared/format.js';
import { pageLanguage, translator } from '../shared/i18n.js';
import { MESSAGES } from './messages.js';
import {
  ORS_TEMPLATE, cell, describe, exportAddress, filtersOf, filtersQuery, formatPercent, formatRoundPercent, labelsOf,
  lifeAreaLabelsOf, lifeAreaTotals, orsLines, periodOfMonths, ranked, searchWindow, series, summaryView, totalOf,
  unitsWithNonDeliveries, weekLabel, weeks,
} from './dashboard-data.js';
import './folja-dashboard-chart.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DRAWN = 'folja-dashboard-drawn';

export class FoljaDashboardPage extends LitElement {
  static properties = {
    _filters: { state: true },
    _units: { state: true },
    _summary: { state: true },
    _charts: { state: true },
    _followUpCharts: { state: true },
    _loading: { state: true },
    _errors: { state: true },
    _fieldErrors: { state: true },
    _updated: { state: true },
  };

  constructor() {
    super();
    this.lang = pageLanguage();
    this.t = translator(MESSAGES, this.lang);
    this._filters = filtersOf(location.search);
    this._units = [];
    this._summary = null;
    this._charts = [];
    this._followUpCharts = [];
    this._loading = false;
    this._errors = [];
    this._fieldErrors = {};
    this._updated = false;
    this._generation = 0;
    this._drawn = new Set();
    this._marked = false;
    document.title = `${this.t('title')} – Följa`;
    document.querySelector('folja-page-header')?.setAttribute('current', 'dashboard');
    this.addEventListener('chart-finished', (event) => this._chartFinished(event));
    window.addEventListener('popstate', () => {
      this._filters = filtersOf(location.search);
      this._load();
    });
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    // the session first: without one the API client sends the browser to the login page
    pageApi().session().then(() => this._load(), (e) => {
      if (e?.status !== 401) {
        this._errors = [{ href: null, message: generalMessage(e, this.lang) }];
      }
    });
  }

  /** Reads everything the dashboard shows for the filters; a failed call is reported, the others still shown. */
  async _load() {
    const generation = ++this._generation;
    const api = pageApi();
    const lang = this.lang;
    this.dataset.state = 'loading';
    this._drawn = new Set();
    this._loading = true;
    this._errors = [];
    this._fieldErrors = {};
    const errors = [];
    const failed = (e) => {
      if (e?.status === 401) {
        return;
      }
      const mapped = formErrors(e, { from: { id: 'dashboard-from' }, to: { id: 'dashboard-to' } }, lang);
      Object.assign(this._fieldErrors, mapped.byId);
      for (const line of mapped.summary) {
        if (!errors.some((known) => known.message === line.message)) {
          errors.push(line);
        }
      }
    };
    try {
      const [unitList, reasons] = await Promise.all([
        api.get('/units', { query: { lang } }).then((a) => a.body),
        api.get('/reason-codes', { query: { lang } }).then((a) => a.body),
      ]);
      this._units = Array.isArray(unitList) ? unitList : [];
      const unitLabels = labelsOf(unitList);
      const reasonLabels = labelsOf(reasons);
      let { from, to } = this._filters;
      const { unit } = this._filters;
      if (!from || !to) {
        // the default period: the months of the last year that had non-deliveries
        const [start, end] = searchWindow(new Date());
        const months = await api.get('/export/non-deliveries/aggregate', { query: { from: start, to: end, groupBy: 'month' } });
        const period = periodOfMonths(months.body) ?? { from: start, to: end };
        ({ from, to } = period);
        this._filters = { ...this._filters, from, to };
      }
      const chosen = unit ? [unit] : [];
      const byUnitQuery = { from, to, unit: chosen, groupBy: 'unit' };
      const byUnit = await api.get('/export/non-deliveries/aggregate', { query: byUnitQuery });
      const units = unit ? chosen : unitsWithNonDeliveries(byUnit.body);
      const period = { from, to, unit: units };
      const followUp = { unit: chosen };
      const calls = {
        summary: ['summary', period],
        reason: ['non-deliveries/aggregate', { ...period, groupBy: 'reason' }],
        week: ['non-deliveries/aggregate', { ...period, groupBy: 'week' }],
        lifeAreas: ['life-areas', period],
        durations: [`followups/${ORS_TEMPLATE}/durations`, { ...followUp, asOf: to }],
        ors: [`followups/${ORS_TEMPLATE}/scale-change`, { ...followUp, from, to }],
      };
      const names = Object.keys(calls);
      const settled = await Promise.allSettled(names.map((name) => api.get(`/export/${calls[name][0]}`, { query: calls[name][1] })));
      if (generation !== this._generation) {
        return;
      }
      const answers = {};
      settled.forEach((result, i) => {
        if (result.status === 'fulfilled') {
          answers[names[i]] = result.value.body;
        } else {
          failed(result.reason);
        }
      });
      const csv = (name) => exportAddress(calls[name][0], calls[name][1], { csv: true });
      const lifeAreaLabels = lifeAreaLabelsOf(answers.lifeAreas, lang);
      this._summary = answers.summary
        ? { view: summaryView(answers.summary, { reasonLabels, lifeAreaLabels }), from, to, k: answers.summary.suppressionK }
        : null;
      const unitCsv = exportAddress('non-deliveries/aggregate', byUnitQuery, { csv: true });
      this._charts = [
        answers.reason && this._reasonChart(answers.reason, reasonLabels, csv('reason')),
        this._unitChart(byUnit.body, unitLabels, unitCsv),
        answers.week && this._weekChart(answers.week, csv('week')),
        answers.week && this._rateChart(answers.week, csv('week')),
        answers.lifeAreas && this._lifeAreaChart(answers.lifeAreas, lifeAreaLabels, csv('lifeAreas')),
      ].filter(Boolean);
      this._followUpCharts = [
        answers.durations && this._durationChart(answers.durations, to, csv('durations')),
        answers.ors && this._orsChart(answers.ors, csv('ors')),
      ].filter(Boolean);
    } catch (e) {
      if (generation !== this._generation) {
        return;
      }
      failed(e instanceof ApiError ? e : new ApiError(0, null));
      this._summary = null;
      this._charts = [];
      this._followUpCharts = [];
    }
    this._errors = errors;
    this._loading = false;
    await this.updateComplete;
    this._checkDrawn();
  }

  _chartFinished(event) {
    this._drawn.add(event.detail.key);
    this._checkDrawn();
  }

  /** The first screen is fully drawn: the summary is in the page and every chart has finished drawing. */
  _checkDrawn() {
    if (this._loading) {
      return;
    }
    const all = [...this._charts, ...this._followUpCharts];
    if (all.every((chart) => this._drawn.has(chart.key))) {
      this.dataset.state = 'drawn';
      if (!this._marked) {
        this._marked = true;
        performance.mark(DRAWN);
      }
    }
  }

  _count() {
    return (v) => formatNumber(v, this.lang);
  }

  _chart(key, title, intro, data, format, table, csv, k, { type = 'bar', horizontal = true } = {}) {
    const t = this.t;
    return {
      key,
      title,
      intro,
      data,
      type,
      horizontal,
      format,
      description: describe(title, data, format, t, k),
      suppressedMark: t('suppressedMark'),
      suppressedLabel: t('suppressed', k),
      table,
      csv,
      csvName: `folja-${key}.csv`,
    };
  }

  _reasonChart(aggregate, labels, csv) {
    const t = this.t;
    const lang = this.lang;
    const k = aggregate.suppressionK;
    const rows = ranked(aggregate, 'reason');
    const label = (r) => labels[r.reason] ?? r.reason;
    const data = series(rows, { label, value: (r) => r.nonDeliveries });
    const total = totalOf(aggregate, 'reason');
    const tableRows = [...rows, ...(total ? [total] : [])].map((r) => [r.reason === 'TOTAL' ? t('total') : label(r),
      cell(r.nonDeliveries, r.suppressed, t, lang, { k }), cell(r.clients, r.suppressed, t, lang, { k })]);
    return this._chart('reason', t('byReason'), t('byReasonIntro'), data, this._count(),
      { columns: [t('colReason'), t('colNonDeliveries'), t('colClients')], rows: tableRows }, csv, k);
  }

  _unitChart(aggregate, labels, csv) {
    const t = this.t;
    const lang = this.lang;
    const k = aggregate.suppressionK;
    const rows = (aggregate.rows ?? []).filter((r) => r.unit !== 'TOTAL');
    const label = (r) => labels[r.unit] ?? r.unit;
    const data = series(rows, { label, value: (r) => r.nonDeliveries });
    const total = totalOf(aggregate, 'unit');
    const tableRows = [...rows, ...(total ? [total] : [])].map((r) => [r.unit === 'TOTAL' ? t('total') : label(r),
      cell(r.nonDeliveries, r.suppressed, t, lang, { k }), cell(r.clients, r.suppressed, t, lang, { k }),
      cell(r.grantedSessions, r.suppressed, t, lang, { k }), cell(r.rate, r.suppressed, t, lang, { share: true, k })]);
    return this._chart('unit', t('byUnit'), t('byUnitIntro'), data, this._count(),
      { columns: [t('colUnit'), t('colNonDeliveries'), t('colClients'), t('colGranted'), t('colRate')], rows: tableRows },
      csv, k);
  }

  _weekTable(aggregate) {
    const t = this.t;
    const lang = this.lang;
    const k = aggregate.suppressionK;
    const total = totalOf(aggregate, 'week');
    return {
      columns: [t('colWeek'), t('colNonDeliveries'), t('colClients'), t('colGranted'), t('colRate')],
      rows: [...weeks(aggregate), ...(total ? [total] : [])].map((r) => [r.week === 'TOTAL' ? t('total') : weekLabel(r.week, lang),
        cell(r.nonDeliveries, r.suppressed, t, lang, { k }), cell(r.clients, r.suppressed, t, lang, { k }),
        cell(r.grantedSessions, r.suppressed, t, lang, { k }), cell(r.rate, r.suppressed, t, lang, { share: true, k })]),
    };
  }

  _weekChart(aggregate, csv) {
    const t = this.t;
    const data = series(weeks(aggregate), { label: (r) => weekLabel(r.week, this.lang), value: (r) => r.nonDeliveries });
    return this._chart('week', t('byWeek'), t('byWeekIntro'), data, this._count(), this._weekTable(aggregate), csv,
      aggregate.suppressionK, { horizontal: false });
  }

  _rateChart(aggregate, csv) {
    const t = this.t;
    const data = series(weeks(aggregate), { label: (r) => weekLabel(r.week, this.lang), value: (r) => r.rate ?? null });
    return this._chart('rate', t('rateOverTime'), t('rateIntro'), data, (v) => formatPercent(v, this.lang),
      this._weekTable(aggregate), csv, aggregate.suppressionK, { type: 'line', horizontal: false });
  }

  _lifeAreaChart(lifeAreas, labels, csv) {
    const t = this.t;
    const lang = this.lang;
    const k = lifeAreas.suppressionK;
    const rows = lifeAreaTotals(lifeAreas);
    const label = (r) => labels[r.lifeArea] ?? r.lifeArea;
    const data = series(rows, { label, value: (r) => r.clients });
    const total = (lifeAreas.rows ?? []).find((r) => r.unit === 'TOTAL' && r.lifeArea === 'TOTAL');
    const tableRows = [...rows, ...(total ? [total] : [])].map((r) => [r.lifeArea === 'TOTAL' ? t('total') : label(r),
      cell(r.clients, r.suppressed, t, lang, { k }), cell(r.cancellations, r.suppressed, t, lang, { k })]);
    return this._chart('lifeAreas', t('lifeAreas'), t('lifeAreasIntro'), data, this._count(),
      { columns: [t('colLifeArea'), t('colClients'), t('colCancellations')], rows: tableRows }, csv, k);
  }

  _durationChart(durations, asOf, csv) {
    const t = this.t;
    const lang = this.lang;
    const k = durations.suppressionK;
    const lines = durations.rows ?? [];
    const points = lines.flatMap((l) => ['mean', 'median'].map((measure) => ({ ...l, measure })));
    const data = series(points, {
      label: (p) => `${t(p.status)}, ${t(p.measure)}`,
      value: (p) => (p[p.measure] === null || p[p.measure] === undefined ? null : Number(p[p.measure])),
    });
    const months = (v) => t('months', v, lang);
    const tableRows = lines.map((l) => [t(l.status), cell(l.enrolments, l.suppressed, t, lang, { k }),
      cell(l.min, l.suppressed, t, lang, { k }), cell(l.max, l.suppressed, t, lang, { k }),
      cell(l.mean === undefined ? null : Number(l.mean), l.suppressed, t, lang, { k }),
      cell(l.median === undefined ? null : Number(l.median), l.suppressed, t, lang, { k })]);
    return this._chart('durations', t('durations'), t('durationsIntro', asOf), data, months,
      { columns: [t('colStatus'), t('colEnrolments'), t('colMin'), t('colMax'), t('colMean'), t('colMedian')], rows: tableRows },
      csv, k);
  }

  _orsChart(scaleChange, csv) {
    const t = this.t;
    const lang = this.lang;
    const k = scaleChange.suppressionK;
    const lines = orsLines(scaleChange);
    const data = series(lines, { label: (l) => t(l.outcome), value: (l) => (l.percent === undefined ? null : l.percent) });
    const percent = (v) => `${formatNumber(v, lang)}${lang === 'en' ? '%' : ' %'}`;
    const all = (scaleChange.rows ?? []).filter((r) => r.group === 'TOTAL');
    const tableRows = all.map((l) => [t(l.outcome), cell(l.enrolments, l.suppressed, t, lang, { k }),
      cell(l.of, false, t, lang), cell(l.percent, l.suppressed, t, lang, { percent: true, k })]);
    return this._chart('ors', t('orsChange'), t('orsIntro'), data, percent,
      { columns: [t('colOutcome'), t('colEnrolments'), t('colOf'), t('colPercent')], rows: tableRows }, csv, k);
  }

  _submit(event) {
    event.preventDefault();
    const form = event.target;
    const from = form.elements.from.value.trim();
    const to = form.elements.to.value.trim();
    const unit = form.elements.unit.value;
    const t = this.t;
    const byId = {};
    if (!from) {
      byId['dashboard-from'] = t('fromRequired');
    } else if (!ISO_DATE.test(from)) {
      byId['dashboard-from'] = t('dateInvalid');
    }
    if (!to) {
      byId['dashboard-to'] = t('toRequired');
    } else if (!ISO_DATE.test(to)) {
      byId['dashboard-to'] = t('dateInvalid');
    } else if (!byId['dashboard-from'] && to < from) {
      byId['dashboard-to'] = t('toBeforeFrom');
    }
    if (Object.keys(byId).length > 0) {
      this._fieldErrors = byId;
      this._errors = Object.entries(byId).map(([id, message]) => ({ href: `#${id}`, message }));
      return;
    }
    this._filters = { from, to, unit };
    this._updated = true;
    history.pushState(null, '', `${location.pathname}${filtersQuery(this._filters, this.lang)}`);
    this._load();
  }

  _field(id, name, label, value, hint) {
    const error = this._fieldErrors[id];
    return html`
      <div class="form-group ${error ? 'form-group--error' : ''}">
        <label class="label" for=${id}>${label}</label>
        <p class="hint" id=${`${id}-hint`}>${hint}</p>
        ${error ? html`<p class="error-message" id=${`${id}-error`}>${error}</p>` : nothing}
        <input class="input input--date ${error ? 'input--error' : ''}" id=${id} name=${name} type="text"
          inputmode="numeric" autocomplete="off" .value=${value ?? ''}
          aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      </div>`;
  }

  _renderFilters() {
    const t = this.t;
    const f = this._filters;
    return html`
      <form class="filters" @submit=${this._submit} novalidate>
        <fieldset>
          <legend>${t('filters')}</legend>
          <div class="filters__fields">
            ${this._field('dashboard-from', 'from', t('from'), f.from, t('fromHint'))}
            ${this._field('dashboard-to', 'to', t('to'), f.to, t('toHint'))}
            <div class="form-group">
              <label class="label" for="dashboard-unit">${t('unit')}</label>
              <p class="hint" id="dashboard-unit-hint">${t('unitHint')}</p>
              <select class="select" id="dashboard-unit" name="unit" aria-describedby="dashboard-unit-hint">
                <option value="" ?selected=${!f.unit}>${t('allUnits')}</option>
                ${this._units.map((u) => html`<option value=${u.code} ?selected=${u.code === f.unit}>${u.label}</option>`)}
              </select>
            </div>
          </div>
          <button class="button" type="submit">${t('show')}</button>
        </fieldset>
      </form>`;
  }

  _renderSummary() {
    const s = this._summary;
    if (!s) {
      return nothing;
    }
    const t = this.t;
    const lang = this.lang;
    const v = s.view;
    const share = formatPercent(v.share, lang);
    const round = formatRoundPercent(v.share, lang);
    const ranked = (line) => html`<li>${line.suppressed ? t('rankedSuppressed', line.label, s.k)
      : t('rankedLine', line.label, line.cancellations, line.clients, lang)}</li>`;
    return html`
      <section class="dashboard-summary" aria-labelledby="summary-title">
        <h2 id="summary-title">${t('summaryHeading')}</h2>
        <p>${t('summaryPeriod', s.from, s.to, weekLabel(v.fromWeek, lang), weekLabel(v.toWeek, lang))}</p>
        <dl class="figures">
          <div class="figure"><dt>${t('figureClients')}</dt><dd data-figure="clients">${cell(v.clients, v.clients === null, t, lang, { k: s.k })}</dd></div>
          <div class="figure"><dt>${t('figureSessions')}</dt><dd data-figure="sessions">${formatNumber(v.grantedSessionsPerWeek, lang)}</dd></div>
          <div class="figure"><dt>${t('figureCancellations')}</dt><dd data-figure="cancellations">${cell(v.cancellations, v.cancellations === null, t, lang, { k: s.k })}</dd></div>
          <div class="figure"><dt>${t('figureShare')}</dt><dd data-figure="share">${v.share === null ? t('suppressed', s.k) : share}</dd></div>
        </dl>
        <p class="dashboard-summary__text">${t('summaryText', v, lang, share, round)}</p>
        <p class="hint">${t('unitNote')}</p>
        <div class="ranked">
          <div>
            <h3>${t('reasonsRanked')}</h3>
            <ol class="ranked__list" data-list="reasons">${v.reasons.map(ranked)}</ol>
          </div>
          <div>
            <h3>${t('lifeAreasRanked')}</h3>
            <ol class="ranked__list" data-list="lifeAreas">${v.lifeAreas.map(ranked)}</ol>
          </div>
        </div>
      </section>`;
  }

  render() {
    const t = this.t;
    return html`
      <h1>${t('heading')}</h1>
      <p class="lead">${t('lead')}</p>
      <folja-error-summary .errors=${this._errors} lang=${this.lang}></folja-error-summary>
      ${this._renderFilters()}
      <p class="status" role="status">${this._loading ? t('loading') : (this._updated && this._errors.length === 0 ? t('updated') : '')}</p>
      ${this._renderSummary()}
      ${this._charts.length ? html`
        <h2>${t('chartsHeading')}</h2>
        <div class="charts">${this._charts.map((chart) => html`<folja-dashboard-chart .chart=${chart} .t=${t}></folja-dashboard-chart>`)}</div>`
        : nothing}
      ${this._followUpCharts.length ? html`
        <h2>${t('followUpHeading')}</h2>
        <div class="charts">${this._followUpCharts.map((chart) => html`<folja-dashboard-chart .chart=${chart} .t=${t}></folja-dashboard-chart>`)}</div>`
        : nothing}`;
  }
}

customElements.define('folja-dashboard-page', FoljaDashboardPage);
