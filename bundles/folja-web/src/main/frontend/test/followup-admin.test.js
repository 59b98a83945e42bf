import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changeBody, countQuestions, describeTemplate, enableBody, enablementDifferences, enablementFields, enablementState,
  locate, pathLines, placeErrors, previewAddress, questionKind, questionnaireId, sortEnablements,
} from '../src/followup-admin/followup-admin-logic.js';
import { formErrors } from '../src/shared/errors.js';

const DOCUMENT = `{
  "resourceType": "FoljaFollowUpTemplate",
  "code": "BT_X",
  "title": {"sv": "Test", "en": "Test"},
  "respondents": [
    {
      "role": "CLIENT",
      "questionnaire": {
        "resourceType": "Questionnaire",
        "status": "active",
        "item": [
          {"linkId": "a", "type": "boolean", "text": "A?"},
          {"linkId": "g", "type": "group", "text": "Grupp", "item": [
            {"linkId": "b", "type": "dateTime", "text": "När?"}
          ]}
        ]
      }
    }
  ],
  "occasions": [{"code": "baseline", "kind": "BASELINE"}]
}`;

test('the questionnaire id writes the code with dots and the role as its token, as FHIR ids are served', () => {
  assert.equal(questionnaireId('ORS', 1, 'CLIENT'), 'ORS-v1-client');
  assert.equal(questionnaireId('KALMAR_BOENDESTOD', 2, 'PROVIDER'), 'KALMAR.BOENDESTOD-v2-provider');
  assert.equal(questionnaireId('X', 3, 'CASE_OFFICER'), 'X-v3-caseofficer');
  assert.throws(() => questionnaireId('X', 1, 'NOBODY'));
  assert.equal(previewAddress('ALDREOMSORG_SOCIAL_SAMVARO', 1, 'CLIENT', 'sv'),
    '/folja/admin/followups/preview/?questionnaire=ALDREOMSORG.SOCIAL.SAMVARO-v1-client');
  assert.equal(previewAddress('ORS', 1, 'CLIENT', 'en'), '/folja/admin/followups/preview/?questionnaire=ORS-v1-client&lang=en');
});

test('every path of a document is placed on the line of its property name or array entry', () => {
  const lines = pathLines(DOCUMENT);
  assert.equal(lines.get('$'), 1);
  assert.equal(lines.get('$.code'), 3);
  assert.equal(lines.get('$.title.sv'), 4);
  assert.equal(lines.get('$.respondents[0]'), 6);
  assert.equal(lines.get('$.respondents[0].questionnaire.item[0].type'), 12);
  assert.equal(lines.get('$.respondents[0].questionnaire.item[1].item[0].type'), 14);
  assert.equal(lines.get('$.occasions[0].kind'), 20);
});

test('an error is placed on its path, on the nearest enclosing part for a missing property, or on the line JSON names', () => {
  const lines = pathLines(DOCUMENT);
  assert.deepEqual(locate(DOCUMENT, lines, { field: '$.respondents[0].questionnaire.item[1].item[0].type' }),
    { line: 14, text: '{"linkId": "b", "type": "dateTime", "text": "När?"}' });
  assert.equal(locate(DOCUMENT, lines, { field: '$.respondents[0].questionnaire.item[0].maxLength' }).line, 12);
  assert.equal(locate(DOCUMENT, lines, { field: '$.purpose' }).line, 1);
  assert.equal(locate(DOCUMENT, lines, { field: '$', message: 'is not well-formed JSON (line 3, column 9)' }).line, 3);
  assert.equal(locate(DOCUMENT, lines, { field: 'body' }), null);
});

test('a document that is not JSON still places the paths read before the fault', () => {
  const broken = '{\n  "code": "X",\n  "title": {"sv": \n';
  const lines = pathLines(broken);
  assert.equal(lines.get('$.code'), 2);
  assert.deepEqual(placeErrors(broken, [{ field: '$.title.sv', message: 'm' }, { field: 'x', message: 'n' }]), [
    { field: '$.title.sv', message: 'm', line: 3, lineText: '"title": {"sv":' },
    { field: 'x', message: 'n', line: null, lineText: '' },
  ]);
});

test('escaped names and strings do not move the lines', () => {
  const text = '{"a\\"b": "x\\\\y\\u00e5",\n "c": [1, 2.5e3, true, null]}';
  const lines = pathLines(text);
  assert.equal(lines.get('$.a"b'), 1);
  assert.equal(lines.get('$.c[3]'), 2);
});

test('a version\'s document is described: its roles with their questions as a tree, occasions and population', () => {
  const doc = JSON.parse(DOCUMENT.replace('dateTime', 'choice'));
  doc.respondents[0].questionnaire.item[1].item[0].answerOption = [{ valueCoding: { code: 'x', display: 'Ja' } }];
  doc.population = { interventionTypes: ['BOENDESTOD'], ageYears: { min: 18 } };
  const d = describeTemplate(doc);
  assert.equal(d.roles.length, 1);
  assert.equal(d.roles[0].role, 'CLIENT');
  const [a, g] = d.roles[0].questions;
  assert.equal(a.kind, 'BOOLEAN');
  assert.equal(g.kind, 'GROUP');
  assert.equal(g.items[0].kind, 'SINGLE_CHOICE');
  assert.deepEqual(g.items[0].options, ['Ja']);
  assert.equal(countQuestions(d.roles[0].questions), 2);
  assert.deepEqual(d.occasions, [{ code: 'baseline', kind: 'BASELINE', weeks: null, months: null }]);
  assert.deepEqual(d.interventionTypes, ['BOENDESTOD']);
});

test('a version\'s questions are described in the page\'s language where the questionnaire translates them', () => {
  const doc = JSON.parse(DOCUMENT);
  const translation = (content) => ({ extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/translation',
    extension: [{ url: 'lang', valueCode: 'en' }, { url: 'content', valueString: content }] }] });
  Object.assign(doc.respondents[0].questionnaire, { language: 'sv', title: 'Frågor', _title: translation('Questions') });
  doc.respondents[0].questionnaire.item[1]._text = translation('Group');
  const english = describeTemplate(doc, 'en').roles[0];
  assert.equal(english.title, 'Questions');
  assert.deepEqual(english.questions.map((q) => q.text), ['A?', 'Group']);
  const swedish = describeTemplate(doc, 'sv').roles[0];
  assert.equal(swedish.title, 'Frågor');
  assert.deepEqual(swedish.questions.map((q) => q.text), ['A?', 'Grupp']);
});

test('the kind of a question follows FHIR type, repeats and value set', () => {
  assert.equal(questionKind({ type: 'choice', repeats: true }), 'MULTIPLE_CHOICE');
  assert.equal(questionKind({ type: 'choice', answerValueSet: 'https://folja.se/fhir/ValueSet/reason-codes' }), 'REASON_CODE');
  assert.equal(questionKind({ type: 'choice', answerValueSet: 'https://folja.se/fhir/ValueSet/ibic-life-areas' }), 'LIFE_AREA');
  assert.equal(questionKind({ type: 'string' }), 'SHORT_TEXT');
  assert.equal(questionKind({ type: 'text' }), 'LONG_TEXT');
  assert.equal(questionKind({ type: 'url' }), null);
});

test('the enable form sends only what is given: no version for the latest, no last day while open-ended', () => {
  assert.deepEqual(enableBody('ORS', { unit: 'BOSTOD_NORR', version: '', from: '2026-12-07', to: '' }),
    { template: 'ORS', unit: 'BOSTOD_NORR', from: '2026-12-07' });
  assert.deepEqual(enableBody('ORS', { unit: 'A', version: '2', from: '', to: '2027-01-31' }),
    { template: 'ORS', unit: 'A', version: 2, to: '2027-01-31' });
});

test('a change sends only what differs; an emptied last day makes it open-ended', () => {
  const shown = { version: 1, from: '2026-12-01', to: '2027-06-30' };
  assert.equal(changeBody(shown, { version: '1', from: '2026-12-01', to: '2027-06-30' }), null);
  assert.deepEqual(changeBody(shown, { version: '1', from: '2026-12-01', to: '' }), { to: null });
  assert.deepEqual(changeBody(shown, { version: '2', from: '2026-12-02', to: '2027-06-30' }), { version: 2, from: '2026-12-02' });
  assert.deepEqual(changeBody({ version: 1, from: '2026-12-01', to: null }, { version: '1', from: '2026-12-01', to: '2027-01-01' }),
    { to: '2027-01-01' });
});

test('the differences of two states name version, period and status only', () => {
  const before = { id: 1, version: 1, from: '2026-12-01', to: null, status: 'ENABLED', revision: 1 };
  const after = { ...before, to: '2027-01-31', status: 'DISABLED', revision: 2, changedAt: 'x' };
  assert.deepEqual(enablementDifferences(before, after), [
    { field: 'to', before: null, after: '2027-01-31' },
    { field: 'status', before: 'ENABLED', after: 'DISABLED' },
  ]);
  assert.deepEqual(enablementDifferences(null, before).map((d) => d.field), ['version', 'from', 'status']);
});

test('an enablement\'s state on a day; enabled ones first, by unit', () => {
  const e = { status: 'ENABLED', from: '2026-12-01', to: '2026-12-31' };
  assert.equal(enablementState(e, '2026-11-30'), 'PLANNED');
  assert.equal(enablementState(e, '2026-12-31'), 'ACTIVE');
  assert.equal(enablementState(e, '2027-01-01'), 'ENDED');
  assert.equal(enablementState({ ...e, status: 'DISABLED' }, '2026-12-15'), 'DISABLED');
  const sorted = sortEnablements([
    { id: 3, unit: 'B', from: '2026-01-01', status: 'DISABLED' },
    { id: 2, unit: 'B', from: '2026-01-01', status: 'ENABLED' },
    { id: 1, unit: 'A', from: '2026-02-01', status: 'ENABLED' },
  ]);
  assert.deepEqual(sorted.map((x) => x.id), [1, 2, 3]);
});

test('the API\'s field errors go beside the enable form\'s fields, a template error to the summary only', () => {
  const error = { status: 400, errors: [{ field: 'to', message: 'must be on or after from' },
    { field: 'template', message: 'unknown' }] };
  const shown = formErrors(error, enablementFields('enable-ORS', { to: 'Ange sista dagen.' }), 'sv');
  assert.deepEqual(shown.byId, { 'enable-ORS-to': 'Ange sista dagen.' });
  assert.deepEqual(shown.summary, [{ href: '#enable-ORS-to', message: 'Ange sista dagen.' }, { href: null, message: 'unknown' }]);
});

test('occasions read as Swedish and English say them', async () => {
  const { MESSAGES } = await import('../src/followup-admin/messages.js');
  const { translator } = await import('../src/shared/i18n.js');
  const sv = translator(MESSAGES, 'sv');
  const en = translator(MESSAGES, 'en');
  assert.deepEqual([1, 2, 4, 11, 12, 21, 22, 52].map((weeks) => sv('EVERY_N_WEEKS', { weeks })),
    ['Varje vecka', 'Var 2:a vecka', 'Var 4:e vecka', 'Var 11:e vecka', 'Var 12:e vecka', 'Var 21:a vecka',
      'Var 22:a vecka', 'Var 52:a vecka']);
  assert.equal(en('EVERY_N_WEEKS', { weeks: 1 }), 'Every week');
  assert.equal(en('EVERY_N_WEEKS', { weeks: 4 }), 'Every 4 weeks');
  assert.equal(sv('MONTHS_AFTER_END', { months: 6 }), '6 månader efter avslut');
});
