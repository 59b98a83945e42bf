import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cell, describe, exportAddress, filtersOf, filtersQuery, formatPercent, formatRoundPercent, labelsOf,
  lifeAreaLabelsOf, lifeAreaTotals, orsLines, periodOfMonths, ranked, searchWindow, series, summaryView, totalOf,
  unitsWithNonDeliveries, weekLabel, weeks,
} from '../src/dashboard/dashboard-data.js';
import { MESSAGES } from '../src/dashboard/messages.js';
import { translator } from '../src/shared/i18n.js';

const sv = translator(MESSAGES, 'sv');
const en = translator(MESSAGES, 'en');

// the export API's answers as the demo gives them (shortened)
const byReason = {
  suppressionK: 5,
  rows: [
    { reason: 'ANNAN_FORMELL_AKTIVITET', nonDeliveries: 20, clients: 19, suppressed: false },
    { reason: 'BORTREST', nonDeliveries: 40, clients: 24, suppressed: false },
    { reason: 'NY_OKAND_PERSONAL', suppressed: true },
    { reason: 'MAENDE', nonDeliveries: 25, clients: 19, suppressed: false },
    { reason: 'TOTAL', nonDeliveries: 85, clients: 40, suppressed: false },
  ],
};
const byWeek = {
  suppressionK: 5,
  rows: [
    { week: '2026-W37', nonDeliveries: 11, clients: 11, grantedSessions: 88, rate: 0.125, suppressed: false },
    { week: '2026-W36', nonDeliveries: 11, clients: 10, grantedSessions: 88, rate: 0.125, suppressed: false },
    { week: '2026-W38', grantedSessions: 88, suppressed: true },
    { week: 'TOTAL', nonDeliveries: 140, clients: 40, grantedSessions: 792, rate: 0.1768, suppressed: false },
  ],
};

test('the filters are read from the address only when well formed: dates both or neither, a unit code', () => {
  assert.deepEqual(filtersOf('?from=2026-09-01&to=2026-10-31&unit=BOSTOD_NORR'),
    { from: '2026-09-01', to: '2026-10-31', unit: 'BOSTOD_NORR' });
  assert.deepEqual(filtersOf('?from=2026-09-01'), { from: '', to: '', unit: '' });
  assert.deepEqual(filtersOf('?from=1%20OR%201&to=x&unit=<script>'), { from: '', to: '', unit: '' });
  assert.deepEqual(filtersOf(''), { from: '', to: '', unit: '' });
});

test('the filters go back into the address with the language, and nothing else', () => {
  assert.equal(filtersQuery({ from: '2026-09-01', to: '2026-10-31', unit: 'BOSTOD_NORR' }, 'en'),
    '?from=2026-09-01&to=2026-10-31&unit=BOSTOD_NORR&lang=en');
  assert.equal(filtersQuery({ from: '', to: '', unit: '' }, 'sv'), '');
});

test('the default period is the months that had non-deliveries, first day to last day', () => {
  const months = { rows: [
    { month: '2026-10', nonDeliveries: 75, suppressed: false },
    { month: '2026-09', nonDeliveries: 65, suppressed: false },
    { month: '2026-11', nonDeliveries: 0, suppressed: false },
    { month: 'TOTAL', nonDeliveries: 140, suppressed: false },
  ] };
  assert.deepEqual(periodOfMonths(months), { from: '2026-09-01', to: '2026-10-31' });
  assert.deepEqual(periodOfMonths({ rows: [{ month: '2024-02', suppressed: true }] }), { from: '2024-02-01', to: '2024-02-29' });
  assert.equal(periodOfMonths({ rows: [{ month: 'TOTAL', nonDeliveries: 0 }] }), null);
});

test('the window the default period is looked for in is the year up to today, in Swedish time', () => {
  assert.deepEqual(searchWindow(new Date('2026-12-07T10:00:00Z')), ['2025-12-08', '2026-12-07']);
  // 23:30 UTC on the 31st is already the 1st in Stockholm
  assert.deepEqual(searchWindow(new Date('2026-12-31T23:30:00Z')), ['2026-01-02', '2027-01-01']);
});

test('the default units are those with a non-delivery in the period, suppressed ones too, not the total', () => {
  assert.deepEqual(unitsWithNonDeliveries({ rows: [
    { unit: 'BOSTOD_NORR', nonDeliveries: 37 }, { unit: 'BOSTOD_CENTRUM', suppressed: true }, { unit: 'TOTAL' },
  ] }), ['BOSTOD_CENTRUM', 'BOSTOD_NORR']);
});

test("a chart's CSV is the export API's CSV for the same parameters, every unit repeated", () => {
  assert.equal(exportAddress('non-deliveries/aggregate', { from: '2026-09-01', to: '2026-10-31',
    unit: ['BOSTOD_NORR', 'BOSTOD_OST'], groupBy: 'reason' }, { csv: true }),
  '/folja/api/v1/export/non-deliveries/aggregate?from=2026-09-01&to=2026-10-31&unit=BOSTOD_NORR&unit=BOSTOD_OST'
    + '&groupBy=reason&format=csv');
  assert.equal(exportAddress('followups/ORS/durations', { unit: [], asOf: '2026-10-31' }),
    '/folja/api/v1/export/followups/ORS/durations?asOf=2026-10-31');
});

test('reasons are ranked by non-deliveries, the suppressed ones last, without the total', () => {
  assert.deepEqual(ranked(byReason, 'reason').map((r) => r.reason),
    ['BORTREST', 'MAENDE', 'ANNAN_FORMELL_AKTIVITET', 'NY_OKAND_PERSONAL']);
  assert.equal(totalOf(byReason, 'reason').nonDeliveries, 85);
});

test('a suppressed cell becomes no value and is marked, never 0', () => {
  const data = series(ranked(byReason, 'reason'), { label: (r) => r.reason, value: (r) => r.nonDeliveries });
  assert.deepEqual(data.values, [40, 25, 20, null]);
  assert.deepEqual(data.suppressed, [false, false, false, true]);
  assert.deepEqual(data.categories, ['BORTREST', 'MAENDE', 'ANNAN_FORMELL_AKTIVITET', 'NY_OKAND_PERSONAL']);
  // a real zero stays zero
  assert.deepEqual(series([{ x: 'A', n: 0, suppressed: false }], { label: (r) => r.x, value: (r) => r.n }).values, [0]);
});

test('weeks are in week order without the total, labelled v. 36 / week 36', () => {
  assert.deepEqual(weeks(byWeek).map((r) => r.week), ['2026-W36', '2026-W37', '2026-W38']);
  assert.equal(weekLabel('2026-W36', 'sv'), 'v. 36');
  assert.equal(weekLabel('2026-W36', 'en'), 'week 36');
  const rate = series(weeks(byWeek), { label: (r) => weekLabel(r.week, 'sv'), value: (r) => r.rate ?? null });
  assert.deepEqual(rate.values, [0.125, 0.125, null]);
});

test('shares are percentages with a decimal comma in Swedish, and rounded for the report sentence', () => {
  assert.equal(formatPercent(0.1768, 'sv'), '17,7 %');
  assert.equal(formatPercent(0.1768, 'en'), '17.7%');
  assert.equal(formatRoundPercent(0.1768, 'sv'), '18 %');
  assert.equal(formatPercent(null, 'sv'), '');
});

test('a table cell shows the suppression with k, a number in the language, or a dash for nothing', () => {
  assert.equal(cell(null, true, sv, 'sv', { k: 5 }), 'skyddad (< 5)');
  assert.equal(cell(null, true, en, 'en', { k: 5 }), 'suppressed (< 5)');
  assert.equal(cell(1234.5, false, sv, 'sv').replace(/\s/g, ' '), '1 234,5');
  assert.equal(cell(0.1768, false, sv, 'sv', { share: true }), '17,7 %');
  assert.equal(cell(79.2, false, sv, 'sv', { percent: true }), '79,2 %');
  assert.equal(cell(undefined, false, sv, 'sv'), '–');
});

test('the text alternative names every category and its value, suppressed ones as such', () => {
  const data = { categories: ['Bortrest', 'Ny personal'], values: [40, null], suppressed: [false, true] };
  assert.equal(describe('Per orsak', data, String, sv, 5), 'Per orsak. Bortrest: 40; Ny personal: skyddad (< 5).');
  assert.equal(describe('Per orsak', { categories: [], values: [], suppressed: [] }, String, sv, 5),
    'Per orsak. Inga uppgifter för urvalet.');
});

test("life areas: the totals per area ranked by clients, suppressed last, labelled in the page's language", () => {
  const lifeAreas = { rows: [
    { lifeArea: 'D2', labelSv: 'Allmänna uppgifter och krav', labelEn: 'General tasks and demands', unit: 'TOTAL', clients: 28, cancellations: 97, suppressed: false },
    { lifeArea: 'D6', labelSv: 'Hemliv', labelEn: 'Domestic life', unit: 'TOTAL', clients: 32, cancellations: 113, suppressed: false },
    { lifeArea: 'D1', labelSv: 'Lärande', labelEn: 'Learning', unit: 'TOTAL', suppressed: true },
    { lifeArea: 'D6', labelSv: 'Hemliv', labelEn: 'Domestic life', unit: 'BOSTOD_NORR', clients: 7, suppressed: false },
    { lifeArea: 'TOTAL', unit: 'TOTAL', clients: 40, cancellations: 140, suppressed: false },
  ] };
  assert.deepEqual(lifeAreaTotals(lifeAreas).map((r) => r.lifeArea), ['D6', 'D2', 'D1']);
  assert.equal(lifeAreaLabelsOf(lifeAreas, 'en').D6, 'Domestic life');
  assert.equal(lifeAreaLabelsOf(lifeAreas, 'sv').D2, 'Allmänna uppgifter och krav');
});

test('ORS change: the four classes of the total in reading order, not-classified left to the table', () => {
  const scale = { rows: [
    { group: 'TOTAL', outcome: 'NOT_CLASSIFIED', enrolments: 0, of: 24, suppressed: false },
    { group: 'TOTAL', outcome: 'RECOVERED', of: 24, suppressed: true },
    { group: 'TOTAL', outcome: 'RELIABLY_DETERIORATED', of: 24, suppressed: true },
    { group: 'TOTAL', outcome: 'NO_RELIABLE_CHANGE', enrolments: 19, of: 24, percent: 79.2, suppressed: false },
    { group: 'TOTAL', outcome: 'RELIABLY_IMPROVED', of: 24, suppressed: true },
    { group: 'OPPENVARD', outcome: 'RELIABLY_IMPROVED', enrolments: 9, suppressed: false },
  ] };
  assert.deepEqual(orsLines(scale).map((l) => l.outcome),
    ['RELIABLY_IMPROVED', 'RECOVERED', 'NO_RELIABLE_CHANGE', 'RELIABLY_DETERIORATED']);
});

test("the summary takes the catalogues' labels in the page's language, the Swedish label otherwise", () => {
  const summary = { fromWeek: '2026-W36', toWeek: '2026-W44', clients: 41, women: 25, men: 16, grantedSessions: 792,
    grantedSessionsPerWeek: 88, cancellations: 140, cancellingClients: 40, shareOfGrantedSessions: 0.1768,
    reasons: [{ code: 'BORTREST', labelSv: 'Bortrest', cancellations: 40, clients: 24, suppressed: false },
      { code: 'RETIRED', labelSv: 'Gammal', suppressed: true }],
    lifeAreas: [{ code: 'D6', labelSv: 'Hemliv', cancellations: 113, clients: 32, suppressed: false }] };
  const view = summaryView(summary, { reasonLabels: labelsOf([{ code: 'BORTREST', label: 'Away' }]),
    lifeAreaLabels: { D6: 'Domestic life' } });
  assert.deepEqual(view.reasons.map((r) => r.label), ['Away', 'Gammal']);
  assert.equal(view.reasons[1].cancellations, null);
  assert.equal(view.lifeAreas[0].label, 'Domestic life');
  const text = sv('summaryText', view, 'sv', formatPercent(view.share, 'sv'), formatRoundPercent(view.share, 'sv'));
  assert.match(text, /^41 brukare \(25 kvinnor, 16 män\).* 88 insatstillfällen i veckan .*140 insatser blev inte av, 17,7 % .*cirka 18 %/);
});

test('a chart marks a suppressed cell with a labelled item of no length, and draws no bar for it', async () => {
  const { chartOption } = await import('../src/dashboard/chart-option.js');
  const option = chartOption({
    type: 'bar', horizontal: true, format: String, description: 'Per orsak. Bortrest: 40; Ny personal: skyddad (< 5).',
    suppressedMark: 'skyddad', suppressedLabel: 'skyddad (< 5)',
    data: { categories: ['Bortrest', 'Ny personal'], values: [40, null], suppressed: [false, true] },
  });
  assert.deepEqual(option.yAxis.data, ['Bortrest', 'Ny personal (skyddad)']);
  assert.deepEqual(option.series[0].data, [40, '-']);
  assert.deepEqual(option.series[1].data, ['-', 0]);
  assert.equal(option.series[1].label.formatter(), 'skyddad (< 5)');
  assert.equal(option.aria.enabled, true);
  assert.equal(option.aria.decal.show, true);
  assert.equal(option.aria.label.description, 'Per orsak. Bortrest: 40; Ny personal: skyddad (< 5).');
  // nothing suppressed: no marker series
  const plain = chartOption({ type: 'line', horizontal: false, format: String, description: '', suppressedMark: 's',
    suppressedLabel: 's', data: { categories: ['v. 36'], values: [0.125], suppressed: [false] } });
  assert.equal(plain.series.length, 1);
  assert.deepEqual(plain.xAxis.data, ['v. 36']);
});
