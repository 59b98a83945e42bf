import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import vm from 'node:vm';
import { ANGULAR_LOCALES, ARIA_LABEL_PREFIXES, hookMainJs, LFORMS_DIST, MAIN_JS_HOOKS } from '../lforms.mjs';
import { ariaLabelPrefix, lformsWords, SWEDISH_ARIA_LABELS, SWEDISH_WORDS } from '../src/followups/lforms-words.js';
import {
  decimalForDisplay, decimalFromInput, errorEntries, formErrors, latestOnly, questionErrors, responseForApi,
  storedAsResponse, unansweredEntries, valueSetsUsed, withExpandedValueSets,
} from '../src/followups/questionnaire-model.js';
import {
  answerRows, freeTextLinkIds, groupDue, historyRows, optionLabels, parseQuestionnaireId, questionnaireId,
} from '../src/followups/followups-model.js';
import { apiQuestionMessage } from '../src/followups/api-messages.js';
import { occasionName } from '../src/followups/occasions.js';

const QUESTIONNAIRE = {
  resourceType: 'Questionnaire',
  item: [
    { linkId: 'g', type: 'group', text: 'Bakgrund', item: [
      { linkId: 'reason', type: 'choice', text: 'Orsak', answerValueSet: 'https://folja.se/fhir/ValueSet/reason-codes' },
      { linkId: 'note', type: 'string', text: 'Kommentar' },
    ] },
    { linkId: 'area', type: 'choice', text: 'Livsområde', repeats: true,
      answerValueSet: 'https://folja.se/fhir/ValueSet/ibic-life-areas' },
    { linkId: 'score', type: 'decimal', text: 'Skattning', required: true },
    { linkId: 'sex', type: 'choice', text: 'Kön', answerOption: [
      { valueCoding: { code: 'KVINNA', display: 'Kvinna' } }, { valueCoding: { code: 'MAN', display: 'Man' } }] },
  ],
};

test('the hooks find their anchors in the installed LHC-Forms exactly as often as expected', async () => {
  const main = await readFile(`${LFORMS_DIST}/webcomponent/main.js`, 'utf8');
  const hooked = hookMainJs(main);
  for (const { anchor, replacement } of MAIN_JS_HOOKS) {
    assert.ok(hooked.includes(replacement));
    assert.ok(!hooked.includes(anchor) || replacement.includes(anchor));
  }
  assert.throws(() => hookMainJs('const x = 1;'), /found 0 times, expected 1/);
});

test('the words hook hands LHC-Forms its own table and uses what the page returns', () => {
  const source = "const Mn=JSON.parse('{\"booleanNo\":\"No\",\"parsedDateFormats\":[\"M-D HH:mm\"]}'),on={a:1};"
    + 'var L={DatePicker:{lang:{today:"Today"},timePickerLocale:{placeholder:"Select time"}},'
    + 'Calendar:{lang:{today:"Today"},timePickerLocale:{placeholder:"Select time"}}};'
    + 'var C=[["title","Required",1],["class","x","title","Required"]];result=[Mn,L,C];'
    + 'var HL={locale:"en",Pagination:{}};class H{getFirstDayOfWeek(){if(void 0===this.config.firstDayOfWeek){}}}'
    + ';function pe(a,b){return a+b}'
    + ARIA_LABEL_PREFIXES.map(([prefix, count]) => `;["aria-label",pe("${prefix}",1)]`.repeat(count)).join('');
  const hooked = hookMainJs(source);
  const window = {
    foljaLformsWords: (defaults) => ({ ...defaults, booleanNo: 'Nej' }),
    foljaLformsDatePickerWords: { today: 'Idag' },
    foljaLformsRequired: 'Obligatorisk',
  };
  const context = vm.createContext({ window });
  vm.runInContext(hooked, context);
  const [words, zorro] = context.result;
  assert.equal(words.booleanNo, 'Nej');
  assert.equal(zorro.DatePicker.lang.today, 'Idag');
  assert.equal(zorro.Calendar.lang.today, 'Idag');
  assert.deepEqual([...context.result[2].map((c) => c[c.indexOf('title') + 1])], ['Obligatorisk', 'Obligatorisk']);
  // without the hooks set, LHC-Forms keeps its own words
  const plain = vm.createContext({ window: {} });
  vm.runInContext(hooked, plain);
  assert.equal(plain.result[0].booleanNo, 'No');
  assert.equal(plain.result[1].DatePicker.lang.today, 'Today');
  assert.equal(plain.result[2][0][1], 'Required');
});

test('LHC-Forms speaks Swedish on a Swedish page and writes dates yyyy-mm-dd in both languages', () => {
  const defaults = {
    booleanNotAnswered: 'Not Answered', placeholderSelectSingle: 'Select one', dateFormat: 'MM/dd/yyyy',
    errorMessages: { INT: 'must be an integer number.', URL: 'must be a valid URL.' }, parsedDateFormats: ['M/D/YYYY'],
    somethingNew: 'kept',
  };
  const sv = lformsWords(defaults, 'sv');
  assert.equal(sv.booleanNotAnswered, 'Inte besvarad');
  assert.equal(sv.placeholderSelectSingle, 'Välj ett');
  assert.equal(sv.errorMessages.INT, SWEDISH_WORDS.errorMessages.INT);
  assert.equal(sv.somethingNew, 'kept');
  assert.equal(sv.dateFormat, 'yyyy-MM-dd');
  assert.deepEqual(sv.parsedDateFormats, ['YYYY-MM-DD', 'M/D/YYYY']);
  const en = lformsWords(defaults, 'en');
  assert.equal(en.booleanNotAnswered, 'Not Answered');
  assert.equal(en.dateFormat, 'yyyy-MM-dd');
  assert.equal(defaults.dateFormat, 'MM/dd/yyyy', 'the defaults are not changed');
});

test("Följa's value sets become the questions' answer options, the questionnaire itself unchanged", () => {
  assert.deepEqual(valueSetsUsed(QUESTIONNAIRE), ['reason-codes', 'ibic-life-areas']);
  const expansions = {
    'reason-codes': { expansion: { contains: [
      { system: 'https://folja.se/fhir/CodeSystem/reason-codes', code: 'SJUK', display: 'Sjuk' },
      { system: 'https://folja.se/fhir/CodeSystem/reason-codes', code: 'OLD', display: 'Gammal', inactive: true },
    ] } },
    'ibic-life-areas': { expansion: { contains: [
      { system: 'https://folja.se/fhir/CodeSystem/ibic-life-areas', code: '6', display: 'Hemliv' }] } },
  };
  const prepared = withExpandedValueSets(QUESTIONNAIRE, expansions);
  const reason = prepared.item[0].item[0];
  assert.equal(reason.answerValueSet, undefined);
  assert.deepEqual(reason.answerOption, [{ valueCoding: {
    system: 'https://folja.se/fhir/CodeSystem/reason-codes', code: 'SJUK', display: 'Sjuk' } }]);
  assert.equal(prepared.item[1].answerOption[0].valueCoding.display, 'Hemliv');
  assert.equal(QUESTIONNAIRE.item[0].item[0].answerValueSet, 'https://folja.se/fhir/ValueSet/reason-codes');
  assert.throws(() => withExpandedValueSets(QUESTIONNAIRE, {}), /no expansion of reason-codes/);
});

test('the response sent keeps linkIds, texts and answers only, codings without display', () => {
  const fromForm = {
    resourceType: 'QuestionnaireResponse', status: 'in-progress', meta: { tag: [{ code: 'lformsVersion' }] },
    questionnaire: 'https://folja.se/fhir/Questionnaire/X-client|1', authored: '2026-12-07T10:00:00Z',
    item: [
      { linkId: 'g', text: 'Bakgrund', item: [{ linkId: 'reason', answer: [{ valueCoding: {
        system: 'https://folja.se/fhir/CodeSystem/reason-codes', code: 'SJUK', display: 'Sjuk' } }] }] },
      { linkId: 'score', extension: [{}], answer: [{ valueDecimal: 7.5 }] },
      { linkId: 'empty', answer: [] },
    ],
  };
  assert.deepEqual(responseForApi(fromForm, '2026-12-01'), {
    resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2026-12-01',
    item: [
      { linkId: 'g', text: 'Bakgrund', item: [{ linkId: 'reason', answer: [{ valueCoding: {
        code: 'SJUK', system: 'https://folja.se/fhir/CodeSystem/reason-codes' } }] }] },
      { linkId: 'score', answer: [{ valueDecimal: 7.5 }] },
    ],
  });
  // nothing answered: no empty item array (FHIR JSON leaves it out; the API then names each required question)
  assert.deepEqual(responseForApi({ item: [] }, null), { resourceType: 'QuestionnaireResponse', status: 'completed' });
});

test('a stored response goes back into the form by linkId, repeating groups by entry', () => {
  const questionnaire = { item: [
    { linkId: 'visit', type: 'group', repeats: true, item: [{ linkId: 'day', type: 'date' }] },
    { linkId: 'score', type: 'decimal' },
    { linkId: 'info', type: 'display' },
  ] };
  const stored = { answers: [
    { linkId: 'day', groupInstances: [1], values: [{ valueDate: '2026-12-01' }] },
    { linkId: 'day', groupInstances: [2], values: [{ valueDate: '2026-12-03' }] },
    { linkId: 'score', groupInstances: [], values: [{ valueDecimal: 7.5 }] },
  ] };
  assert.deepEqual(storedAsResponse(questionnaire, stored).item, [
    { linkId: 'visit', item: [{ linkId: 'day', answer: [{ valueDate: '2026-12-01' }] }] },
    { linkId: 'visit', item: [{ linkId: 'day', answer: [{ valueDate: '2026-12-03' }] }] },
    { linkId: 'score', answer: [{ valueDecimal: 7.5 }] },
  ]);
});

test("the API's errors about questions go to those questions; the rest to the summary", () => {
  const error = { status: 400, errors: [
    { field: 'item[score]', message: 'is required' },
    { field: 'item[score]', message: 'must be between 0 and 10' },
    { field: 'item[unknown]', message: 'is not a question of the questionnaire at this place (x)' },
    { field: '$.status', message: 'must be completed' },
  ] };
  const { byLinkId, summary } = questionErrors(error, QUESTIONNAIRE, (linkId, m) => apiQuestionMessage(m, 'sv'),
    'Uppgifterna kunde inte sparas.');
  assert.deepEqual(byLinkId, { score: 'Frågan måste besvaras.' });
  assert.deepEqual(summary.map((s) => s.linkId), ['score', null, null]);
  assert.equal(summary[0].message, 'Skattning: Frågan måste besvaras.');
  const none = questionErrors({ status: 500, errors: [] }, QUESTIONNAIRE, (l, m) => m, 'Något gick fel.');
  assert.deepEqual(none.summary, [{ linkId: null, message: 'Något gick fel.' }]);
});

test("the API's messages in Swedish, with a decimal comma; unknown ones as the API gave them", () => {
  assert.equal(apiQuestionMessage('must be between 0 and 10.5', 'sv'), 'Svaret måste vara mellan 0 och 10,5.');
  assert.equal(apiQuestionMessage('must have at most 1 decimal place', 'sv'), 'Svaret får ha högst 1 decimal.');
  assert.equal(apiQuestionMessage('is answered, but its condition (enableWhen) is not met', 'sv'),
    'Frågan ska inte besvaras när villkoret för den inte gäller.');
  assert.equal(apiQuestionMessage('must be between 0 and 10', 'en'), 'Must be between 0 and 10.');
  assert.equal(apiQuestionMessage('is odd', 'sv'), 'Is odd.');
});

test('questionnaire ids are made and read as the FHIR API names them', () => {
  assert.equal(questionnaireId('ALDREOMSORG_SOCIAL_SAMVARO', 1, 'CASE_OFFICER'), 'ALDREOMSORG.SOCIAL.SAMVARO-v1-caseofficer');
  assert.deepEqual(parseQuestionnaireId('ORS-v12-client'), { code: 'ORS', version: 12, role: 'CLIENT' });
  assert.equal(parseQuestionnaireId('ORS-v0-client'), null);
  assert.equal(parseQuestionnaireId('<script>'), null);
});

test('due occasions are grouped per client and follow-up, clients with overdue occasions first', () => {
  const due = [
    { enrolment: 2, client: '199001011234', unit: 'U', template: 'ORS', version: 1, occasion: 'every-4-weeks',
      sequence: 3, due: '2026-12-10', unanswered: ['CLIENT'], overdue: false },
    { enrolment: 1, client: '198001011234', unit: 'U', template: 'ORS', version: 1, occasion: 'baseline',
      sequence: 1, due: '2026-01-01', unanswered: ['CLIENT'], overdue: true },
    { enrolment: 2, client: '199001011234', unit: 'U', template: 'TROSA', version: 1, occasion: 'end',
      sequence: 1, due: '2026-12-01', unanswered: ['CASE_OFFICER'], overdue: false },
  ];
  const groups = groupDue(due);
  assert.deepEqual(groups.map((g) => g.enrolment), [1, 2]);
  assert.equal(groups[0].overdue, true);
  assert.deepEqual(groups[1].followUps.map((f) => f.template), ['ORS', 'TROSA']);
  assert.equal(groups[1].due, '2026-12-01');
});

test("a response's history says what changed, newest first, free text only as changed", () => {
  const revision = (n, kind, answers) => ({
    revision: n, kind, changedBy: 'staff3', changedAt: '2026-12-07T10:00:00Z', state: { answers },
  });
  const history = [
    revision(1, 'SUBMITTED', [{ linkId: 'score', values: [{ valueDecimal: 8.2 }] },
      { linkId: 'note', values: [{ valueString: 'hemligt' }] }]),
    revision(2, 'CORRECTED', [{ linkId: 'score', values: [{ valueDecimal: 9.1 }] },
      { linkId: 'note', values: [{ valueString: 'annat' }] }]),
  ];
  const rows = historyRows(history, freeTextLinkIds(QUESTIONNAIRE));
  assert.deepEqual(rows.map((r) => r.revision), [2, 1]);
  assert.deepEqual(rows[0].changes, [
    { question: 'score', before: '8.2', after: '9.1', textChanged: false },
    { question: 'note', before: null, after: null, textChanged: true },
  ]);
  assert.deepEqual(rows[1].changes, []);
  assert.ok(!JSON.stringify(rows).includes('hemligt'));
});

test('answers are shown with option labels, yes/no and a decimal comma', () => {
  const labels = optionLabels(QUESTIONNAIRE);
  const rows = answerRows({ answers: [
    { linkId: 'sex', values: [{ valueCoding: { code: 'KVINNA' } }] },
    { linkId: 'score', values: [{ valueDecimal: 7.5 }] },
  ] }, QUESTIONNAIRE, labels, { sex: { text: 'Kön' }, score: { text: 'Skattning' } }, 'sv');
  assert.deepEqual(rows.map((r) => [r.question, r.value]), [['Kön', 'Kvinna'], ['Skattning', '7,5']]);
});

test('occasion codes in words', () => {
  assert.equal(occasionName('baseline', 1, 'sv'), 'Inskrivning (baslinje)');
  assert.equal(occasionName('every-4-weeks', 7, 'sv'), 'Var 4:e vecka, gång 7');
  assert.equal(occasionName('every-2-weeks', 1, 'sv'), 'Varannan vecka');
  assert.equal(occasionName('every-22-weeks', 1, 'sv'), 'Var 22:a vecka');
  assert.equal(occasionName('every-12-weeks', 1, 'sv'), 'Var 12:e vecka');
  assert.equal(occasionName('6-months-after-end', 1, 'en'), '6 months after the end');
  assert.equal(occasionName('my-own', 2, 'en'), 'my-own, time 2');
});

// ---- LHC-Forms' own validation messages onto the questions

const DATES = {
  resourceType: 'Questionnaire',
  item: [
    { linkId: 'datum', text: 'Datum', type: 'date' },
    { linkId: 'datum-klar', text: 'Datum då utredningen blev klar', type: 'date' },
    { linkId: 'antal', text: 'Antal', type: 'integer' },
  ],
};

test('an LHC-Forms message goes to the question with the longest text it starts with, not the first', () => {
  const { byLinkId, summary } = formErrors(['Datum då utredningen blev klar must be a valid date'], DATES);
  assert.deepEqual(byLinkId, { 'datum-klar': 'Must be a valid date' });
  assert.deepEqual(summary, [{ linkId: 'datum-klar', message: 'Datum då utredningen blev klar: Must be a valid date' }]);
  assert.deepEqual(formErrors(['Datum must be a valid date'], DATES).byLinkId, { datum: 'Must be a valid date' });
});

test('one LHC-Forms message per question, the first; a message naming no question goes to the summary once', () => {
  const { byLinkId, summary } = formErrors([
    'Antal must be an integer', 'Antal must be at least 0', 'Something else is wrong', 'Something else is wrong',
  ], DATES);
  assert.deepEqual(byLinkId, { antal: 'Must be an integer' });
  assert.deepEqual(summary, [
    { linkId: 'antal', message: 'Antal: Must be an integer' },
    { linkId: null, message: 'Something else is wrong' },
  ]);
  assert.deepEqual(formErrors([], DATES), { byLinkId: {}, summary: [] });
});

test('of overlapping calls only the latest counts', () => {
  const calls = latestOnly();
  const first = calls.begin();
  assert.equal(first(), true);
  const second = calls.begin();
  assert.equal(first(), false, 'the earlier call is stale once a later one began');
  assert.equal(second(), true);
  calls.begin();
  assert.equal(second(), false);
});

test('a decimal field shows a comma on a Swedish page and gives LHC-Forms a point', () => {
  assert.equal(decimalForDisplay(7.5, 'sv'), '7,5');
  assert.equal(decimalForDisplay('8.25', 'sv'), '8,25');
  assert.equal(decimalForDisplay(7.5, 'en'), '7.5');
  assert.equal(decimalForDisplay(6, 'sv'), '6');
  assert.equal(decimalForDisplay(null, 'sv'), '');
  assert.equal(decimalForDisplay(undefined, 'en'), '');
  assert.equal(decimalFromInput('7,5'), '7.5');
  assert.equal(decimalFromInput('7.5'), '7.5');
  assert.equal(decimalFromInput('7,'), '7.');
  assert.equal(decimalFromInput(''), '');
  assert.equal(decimalFromInput(decimalForDisplay(9.1, 'sv')), '9.1');
});

test('the date picker hooks: the Angular locale and first weekday the page sets, else as shipped', () => {
  const source = 'var HL={locale:"en",Pagination:{page:"Page"}};'
    + 'class H{config={};getFirstDayOfWeek(){if(void 0===this.config.firstDayOfWeek){return 0}return this.config.firstDayOfWeek}}'
    + 'result=[HL.locale,new H().getFirstDayOfWeek()];';
  const hooked = MAIN_JS_HOOKS.filter((h) => h.anchor.includes('locale:"en"') || h.anchor.includes('getFirstDayOfWeek'))
    .reduce((text, { anchor, replacement }) => text.split(anchor).join(replacement), source);
  const swedish = vm.createContext({ window: { foljaLformsLocaleId: 'sv', foljaLformsFirstDayOfWeek: 1 } });
  vm.runInContext(hooked, swedish);
  assert.deepEqual([...swedish.result], ['sv', 1]);
  const plain = vm.createContext({ window: {} });
  vm.runInContext(hooked, plain);
  assert.deepEqual([...plain.result], ['en', 0]);
});

test("Angular's Swedish locale data, copied beside LHC-Forms, registers Swedish month and weekday names", async () => {
  const [file, source] = Object.entries(ANGULAR_LOCALES)[0];
  assert.equal(file, 'locales/sv.js');
  const context = vm.createContext({});
  context.globalThis = context;
  vm.runInContext(await readFile(source, 'utf8'), context);
  const sv = context.ng.common.locales.sv;
  assert.equal(sv[0], 'sv');
  // Angular's LocaleDataIndex: 3 days (format: narrow, abbreviated, wide, short), 5 months, 8 first day of week
  assert.deepEqual([...sv[3][3]], ['sö', 'må', 'ti', 'on', 'to', 'fr', 'lö']);
  assert.equal(sv[5][1][2], 'mars');
  assert.equal(sv[5][2][0], 'januari');
  assert.equal(sv[8], 1);
});

test("an API error about a question in a repeating group's second entry is placed at that entry", () => {
  const questionnaire = {
    item: [
      { linkId: 'veckan', type: 'group', item: [
        { linkId: 'avbokat', type: 'boolean' },
        { linkId: 'avbokning', type: 'group', repeats: true, item: [
          { linkId: 'avbokning-datum', type: 'date', required: true },
          { linkId: 'avbokning-orsak', type: 'choice', required: true },
        ] },
      ] },
      { linkId: 'top', type: 'integer', required: true },
    ],
  };
  const response = {
    item: [
      { linkId: 'veckan', item: [
        { linkId: 'avbokat', answer: [{ valueBoolean: true }] },
        { linkId: 'avbokning', item: [
          { linkId: 'avbokning-datum', answer: [{ valueDate: '2026-12-01' }] },
          { linkId: 'avbokning-orsak', answer: [{ valueCoding: { code: 'X' } }] },
        ] },
        { linkId: 'avbokning', item: [{ linkId: 'avbokning-datum', answer: [{ valueDate: '2026-12-03' }] }] },
      ] },
    ],
  };
  assert.deepEqual(unansweredEntries(questionnaire, response, 'avbokning-orsak'), [[1, 2]]);
  assert.deepEqual(unansweredEntries(questionnaire, response, 'avbokning-datum'), []);
  assert.deepEqual(unansweredEntries(questionnaire, response, 'top'), []);
  assert.deepEqual(errorEntries(questionnaire, response, [
    { field: 'item[avbokning-orsak]', message: 'is required' },
    { field: 'item[avbokning-datum]', message: 'must be between 2026-11-30 and 2026-12-06' },
    { field: 'item[top]', message: 'is required' },
  ]), { 'avbokning-orsak': [[1, 2]] });
});

test("LHC-Forms' accessible names begin in Swedish on a Swedish page, as shipped otherwise", () => {
  const source = 'function pe(a,b){return a+b}var out=[];out.push("aria-label",pe("add button for ","Besök"));result=out;';
  const hook = MAIN_JS_HOOKS.find((h) => h.anchor === '"aria-label",pe("add button for ",');
  const hooked = source.split(hook.anchor).join(hook.replacement);
  const swedish = vm.createContext({ window: { foljaLformsAria: (p) => ariaLabelPrefix(p, 'sv') } });
  vm.runInContext(hooked, swedish);
  assert.equal(swedish.result[1], 'Lägg till en rad i Besök');
  const plain = vm.createContext({ window: {} });
  vm.runInContext(hooked, plain);
  assert.equal(plain.result[1], 'add button for Besök');
  assert.equal(ariaLabelPrefix('Help button for ', 'en'), 'Help button for ');
  assert.deepEqual(Object.keys(SWEDISH_ARIA_LABELS).sort(), ARIA_LABEL_PREFIXES.map(([p]) => p).sort());
});
