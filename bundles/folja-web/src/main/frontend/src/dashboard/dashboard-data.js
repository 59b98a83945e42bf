// The dashboard's logic that is not DOM: the filters in the address, the default period and units read from the
// export API's answers, each chart's data (categories, values, suppressed cells, a table of the numbers, a text
// alternative) built from the export API's JSON, and the address of each chart's CSV — the export API's own CSV for
// the same parameters, so a download holds exactly the numbers the chart was drawn from.
import { API_BASE } from '../shared/api.js';
import { formatNumber, formatWeek } from '../shared/format.js';

/** The ORS template whose follow-ups the dashboard shows (Umeå's outcome measure). */
export const ORS_TEMPLATE = 'ORS';

/** The ORS classes the dashboard shows, in the order a reader expects them (RECOVERED is a part of IMPROVED). */
export const ORS_OUTCOMES = ['RELIABLY_IMPROVED', 'RECOVERED', 'NO_RELIABLE_CHANGE', 'RELIABLY_DETERIORATED'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNIT_CODE = /^[A-Z0-9_]{1,64}$/;

/**
 * The filters an address asks for: `from` and `to` (ISO dates, both or neither) and `unit` (one unit code). Anything
 * else is left out, so the page never puts into its address what it did not put there itself.
 *
 * @returns `{from, to, unit}`, each '' when not asked for
 */
export function filtersOf(search) {
  const params = new URLSearchParams(search ?? '');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const unit = params.get('unit') ?? '';
  const datesGiven = ISO_DATE.test(from) && ISO_DATE.test(to);
  return {
    from: datesGiven ? from : '',
    to: datesGiven ? to : '',
    unit: UNIT_CODE.test(unit) ? unit : '',
  };
}

/** @returns the query string of the filters (and the language) for the page's address, starting with `?` or '' */
export function filtersQuery({ from, to, unit }, lang) {
  const params = new URLSearchParams();
  if (from && to) {
    params.set('from', from);
    params.set('to', to);
  }
  if (unit) {
    params.set('unit', unit);
  }
  if (lang === 'en') {
    params.set('lang', 'en');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** @returns the ISO date `yyyy-mm-dd` of a Date, in the Swedish calendar */
export function isoDate(date) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date);
}

/** @returns `[from, to]`: the year up to `today` (a Date), the window the default period is looked for in */
export function searchWindow(today) {
  const to = isoDate(today);
  const [y, m, d] = to.split('-').map(Number);
  const start = new Date(Date.UTC(y - 1, m - 1, d + 1));
  return [start.toISOString().slice(0, 10), to];
}

/**
 * The default period: from the first day of the first month to the last day of the last month that had
 * non-deliveries, read from the aggregate by month (`groupBy=month`) over {@link searchWindow}.
 *
 * @returns `{from, to}`, or null when no month had any (the page then takes the window itself)
 */
export function periodOfMonths(aggregate) {
  const months = (aggregate?.rows ?? [])
    .filter((r) => /^\d{4}-\d{2}$/.test(r.month ?? '') && (r.suppressed || (r.nonDeliveries ?? 0) > 0))
    .map((r) => r.month)
    .sort();
  if (months.length === 0) {
    return null;
  }
  const last = months[months.length - 1];
  const [y, m] = last.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${months[0]}-01`, to: `${last}-${String(lastDay).padStart(2, '0')}` };
}

/**
 * The units the non-delivery figures count by default: every unit that registered a non-delivery in the period (a
 * row of the aggregate by unit, suppressed ones too), so that units with grants but no follow-up of non-deliveries
 * do not dilute the rate.
 */
export function unitsWithNonDeliveries(aggregate) {
  return (aggregate?.rows ?? []).map((r) => r.unit).filter((u) => u && u !== 'TOTAL').sort();
}

/** @returns the export API's address of `path` with the query, as CSV when `csv` */
export function exportAddress(path, query, { csv = false } = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') {
        params.append(name, String(one));
      }
    }
  }
  if (csv) {
    params.set('format', 'csv');
  }
  const text = params.toString();
  return `${API_BASE}/export/${path}${text ? `?${text}` : ''}`;
}

/** @returns a share (0.1768) as a percentage with one decimal, `17,7 %` in Swedish, `17.7%` in English */
export function formatPercent(share, lang) {
  if (share === null || share === undefined || Number.isNaN(share)) {
    return '';
  }
  const value = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .format(share * 100);
  return lang === 'en' ? `${value}%` : `${value} %`;
}

/** @returns a share as a whole percentage, `18 %` / `18%` */
export function formatRoundPercent(share, lang) {
  if (share === null || share === undefined || Number.isNaN(share)) {
    return '';
  }
  const value = Math.round(share * 100);
  return lang === 'en' ? `${value}%` : `${value} %`;
}

/**
 * Builds a chart from rows: one category per row, in the given order, a suppressed row with no value (never 0) and
 * marked as suppressed.
 *
 * @param rows the export's rows, without totals
 * @param spec `{label: (row) => string, value: (row) => number | null, suppressed?: (row) => boolean}`
 * @returns `{categories, values, suppressed}`: `values[i]` null for a suppressed or missing value
 */
export function series(rows, spec) {
  const suppressedOf = spec.suppressed ?? ((r) => r.suppressed === true);
  const categories = [];
  const values = [];
  const suppressed = [];
  for (const row of rows) {
    const hidden = suppressedOf(row);
    const value = hidden ? null : spec.value(row);
    categories.push(spec.label(row));
    values.push(value === undefined ? null : value);
    suppressed.push(hidden);
  }
  return { categories, values, suppressed };
}

/**
 * The rows of the aggregate by one dimension, without the total, ranked: most non-deliveries first, the suppressed
 * ones last (their order is the export's: by code).
 */
export function ranked(aggregate, dimension, measure = 'nonDeliveries') {
  const rows = (aggregate?.rows ?? []).filter((r) => r[dimension] !== 'TOTAL');
  const open = rows.filter((r) => !r.suppressed).sort((a, b) => (b[measure] ?? 0) - (a[measure] ?? 0));
  return [...open, ...rows.filter((r) => r.suppressed)];
}

/** @returns the total row of an aggregate by one dimension, or null */
export function totalOf(aggregate, dimension) {
  return (aggregate?.rows ?? []).find((r) => r[dimension] === 'TOTAL') ?? null;
}

/** The rows of an aggregate by week (`2026-W36`…), in week order, without the total. */
export function weeks(aggregate) {
  return (aggregate?.rows ?? []).filter((r) => /^\d{4}-W\d{2}$/.test(r.week ?? '')).sort((a, b) => a.week.localeCompare(b.week));
}

/** The life-area export's totals per life area (unit TOTAL), ranked as {@link ranked}, without the grand total. */
export function lifeAreaTotals(lifeAreas) {
  const rows = (lifeAreas?.rows ?? []).filter((r) => r.unit === 'TOTAL' && r.lifeArea !== 'TOTAL');
  const open = rows.filter((r) => !r.suppressed).sort((a, b) => (b.clients ?? 0) - (a.clients ?? 0)
    || (b.cancellations ?? 0) - (a.cancellations ?? 0));
  return [...open, ...rows.filter((r) => r.suppressed)];
}

/** The scale-change export's total lines for {@link ORS_OUTCOMES}, in that order. */
export function orsLines(scaleChange) {
  const total = (scaleChange?.rows ?? []).filter((r) => r.group === 'TOTAL');
  return ORS_OUTCOMES.map((outcome) => total.find((r) => r.outcome === outcome)).filter(Boolean);
}

/** A cell of a table: the number in the page's language, or the suppression mark; '' for nothing. */
export function cell(value, suppressed, t, lang, { percent = false, share = false, k } = {}) {
  if (suppressed) {
    return t('suppressed', k);
  }
  if (value === null || value === undefined) {
    return '–';
  }
  if (share) {
    return formatPercent(value, lang);
  }
  if (percent) {
    return `${formatNumber(value, lang)}${lang === 'en' ? '%' : ' %'}`;
  }
  return formatNumber(value, lang);
}

/**
 * A sentence a screen reader reads instead of the chart: the title, then each category and its value ("skyddad" for
 * a suppressed one), in the chart's order.
 */
export function describe(title, data, formatValue, t, k) {
  const parts = data.categories.map((category, i) => `${category}: ${data.suppressed[i]
    ? t('suppressed', k) : (data.values[i] === null ? '–' : formatValue(data.values[i]))}`);
  return parts.length === 0 ? `${title}. ${t('noData')}` : `${title}. ${parts.join('; ')}.`;
}

/** @returns `v. 36` / `week 36`, the week's label in a chart */
export function weekLabel(isoWeek, lang) {
  return formatWeek(isoWeek, lang) || isoWeek;
}

/**
 * Kalmar's table as the page shows it: the totals, the reasons and life areas ranked, with the labels in the page's
 * language (from the catalogues; the summary's Swedish label when the catalogue has none).
 */
export function summaryView(summary, { reasonLabels = {}, lifeAreaLabels = {} } = {}) {
  const line = (labels) => (r) => ({
    code: r.code,
    label: labels[r.code] ?? r.labelSv ?? r.code,
    cancellations: r.cancellations ?? null,
    clients: r.clients ?? null,
    suppressed: r.suppressed === true,
  });
  return {
    fromWeek: summary.fromWeek,
    toWeek: summary.toWeek,
    clients: summary.clients ?? null,
    women: summary.women ?? null,
    men: summary.men ?? null,
    grantedSessions: summary.grantedSessions,
    grantedSessionsPerWeek: summary.grantedSessionsPerWeek,
    cancellations: summary.cancellations ?? null,
    cancellingClients: summary.cancellingClients ?? null,
    share: summary.shareOfGrantedSessions ?? null,
    reasons: (summary.reasons ?? []).map(line(reasonLabels)),
    lifeAreas: (summary.lifeAreas ?? []).map(line(lifeAreaLabels)),
  };
}

/** @returns `{code: label}` of a catalogue list `[{code, label}]` */
export function labelsOf(list) {
  const labels = {};
  for (const item of Array.isArray(list) ? list : []) {
    if (item && item.code) {
      labels[item.code] = item.label ?? item.code;
    }
  }
  return labels;
}

/** @returns `{code: label}` of the life-area export's rows in the language */
export function lifeAreaLabelsOf(lifeAreas, lang) {
  const labels = {};
  for (const r of lifeAreas?.rows ?? []) {
    if (r.lifeArea && r.lifeArea !== 'TOTAL') {
      labels[r.lifeArea] = (lang === 'en' ? r.labelEn : r.labelSv) ?? r.labelSv ?? r.lifeArea;
    }
  }
  return labels;
}
