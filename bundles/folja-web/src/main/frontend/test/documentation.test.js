import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGES } from '../src/documentation/messages.js';
import {
  annulmentFields, charactersLeft, COMMENT_MAX, correctionBody, historyRows, labelOf, POLL_LIMIT_MS,
  registrationBody, registrationFields, shouldPoll, writeBackView,
} from '../src/documentation/model.js';
import { translator } from '../src/shared/i18n.js';
import { formErrors } from '../src/shared/errors.js';
import { ApiError } from '../src/shared/api.js';

const sv = translator(MESSAGES, 'sv');
const en = translator(MESSAGES, 'en');

test('the Swedish and the English message objects hold the same keys', () => {
  assert.deepEqual(Object.keys(MESSAGES.en).sort(), Object.keys(MESSAGES.sv).sort());
  for (const [key, value] of Object.entries(MESSAGES.sv)) {
    assert.equal(typeof value, typeof MESSAGES.en[key], key);
  }
});

test('the write-back tag follows the latest write-back: pending, delivered, rejected with the journal\'s words', () => {
  const registration = { id: 7, imported: false };
  const pending = writeBackView([{ id: 3, state: 'PENDING', action: 'SET_REASON', attempts: 0 }], registration);
  assert.deepEqual(pending, { state: 'PENDING', tag: 'tag--yellow', pending: true, action: 'SET_REASON', attempts: 0,
    lastError: null });
  assert.equal(sv(`writeBack${pending.state}`), 'Väntar');

  const delivered = writeBackView([{ id: 3, state: 'DELIVERED', action: 'SET_REASON', attempts: 1 }], registration);
  assert.equal(delivered.state, 'DELIVERED');
  assert.equal(delivered.tag, 'tag--green');
  assert.equal(delivered.pending, false);
  assert.equal(sv(`writeBack${delivered.state}`), 'Återskriven till journalen');
  assert.equal(en(`writeBack${delivered.state}`), 'Written back to the journal');

  const rejected = writeBackView([
    { id: 4, state: 'REJECTED', action: 'SET_REASON', attempts: 1, lastError: 'no such entry' },
    { id: 3, state: 'DELIVERED', action: 'SET_REASON', attempts: 1 },
  ], registration);
  assert.equal(rejected.state, 'REJECTED', 'the highest id decides, whatever the order of the answer');
  assert.equal(rejected.tag, 'tag--red');
  assert.equal(rejected.lastError, 'no such entry');
  assert.equal(sv(`writeBack${rejected.state}`), 'Avvisad');
});

test('after an annulment the delivered write-back took the reason off the entry; none at all for an import', () => {
  const cleared = writeBackView([
    { id: 3, state: 'DELIVERED', action: 'SET_REASON' },
    { id: 9, state: 'DELIVERED', action: 'CLEAR_REASON' },
  ], { imported: false });
  assert.equal(cleared.state, 'CLEARED');
  assert.equal(cleared.pending, false);
  assert.equal(sv('writeBackCLEARED'), 'Borttagen ur journalen');

  const imported = writeBackView([], { imported: true });
  assert.equal(imported.state, 'NONE');
  assert.equal(imported.pending, false);

  const notYetVisible = writeBackView([], { imported: false });
  assert.equal(notYetVisible.state, 'PENDING');
  assert.equal(notYetVisible.pending, true);
  assert.equal(writeBackView(null, null).state, 'PENDING');
});

test('a pending write-back is asked for again for a minute, then the page offers a button', () => {
  const pending = { pending: true };
  assert.equal(shouldPoll(pending, 0, 1000), true);
  assert.equal(shouldPoll(pending, 0, POLL_LIMIT_MS - 1), true);
  assert.equal(shouldPoll(pending, 0, POLL_LIMIT_MS), false);
  assert.equal(shouldPoll({ pending: false }, 0, 1000), false);
  assert.equal(shouldPoll(null, 0, 1000), false);
});

test('the API\'s field errors land beside the select, the picker and the textarea, in Swedish', () => {
  const error = new ApiError(400, {
    status: 400,
    errors: [
      { field: 'interventionType', message: 'is required' },
      { field: 'reasonCode', message: 'is required' },
      { field: 'comment', message: 'must be at most 2000 characters' },
      { field: 'journalEntryId', message: 'has another registration' },
      { field: 'somethingNew', message: 'is odd' },
    ],
  });
  const { byId, summary } = formErrors(error, registrationFields(sv), 'sv');
  assert.deepEqual(byId, {
    'intervention-type': 'Välj en insats i listan.',
    reason: 'Välj en orsak i listan.',
    comment: 'Kommentaren får vara högst 2 000 tecken.',
    entry: sv('errEntry'),
  });
  assert.deepEqual(summary.map((s) => s.href), ['#intervention-type', '#reason', '#comment', '#entry', null]);
  assert.equal(summary[4].message, 'is odd', 'a field the page does not know: the API\'s own words in the summary');

  const corrected = formErrors(error, registrationFields(en, 'correct-'), 'en');
  assert.deepEqual(Object.keys(corrected.byId), ['correct-intervention-type', 'correct-reason', 'correct-comment',
    'correct-entry']);
  assert.equal(corrected.byId['correct-intervention-type'], 'Choose an intervention from the list.');

  const annul = formErrors(new ApiError(400, { errors: [{ field: 'reason', message: 'is required' }] }),
    annulmentFields(sv), 'sv');
  assert.deepEqual(annul.byId, { 'annul-reason': 'Skriv varför registreringen makuleras.' });
});

test('a registration leaves out what was not chosen, so the API names it as missing', () => {
  assert.deepEqual(registrationBody('J-1', { interventionType: '', reasonCode: '', comment: '  ' }),
    { journalEntryId: 'J-1' });
  assert.deepEqual(registrationBody('J-1', { interventionType: 'BOENDESTOD', reasonCode: 'BORTREST', comment: 'Ringde' }),
    { journalEntryId: 'J-1', interventionType: 'BOENDESTOD', reasonCode: 'BORTREST', comment: 'Ringde' });
});

test('a correction sends only what changed; an emptied comment as empty; nothing changed is null', () => {
  const current = { interventionType: 'BOENDESTOD', reasonCode: 'BORTREST', comment: 'Ringde' };
  assert.equal(correctionBody(current, { ...current }), null);
  assert.deepEqual(correctionBody(current, { ...current, reasonCode: 'MAENDE' }), { reasonCode: 'MAENDE' });
  assert.deepEqual(correctionBody(current, { ...current, comment: ' ' }), { comment: '' });
  assert.deepEqual(correctionBody({ ...current, comment: null }, { ...current, comment: '' }), null);
  assert.deepEqual(correctionBody(current, { interventionType: 'HEMTJANST', reasonCode: 'BORTREST', comment: 'Ny' }),
    { interventionType: 'HEMTJANST', comment: 'Ny' });
});

test('the comment\'s characters left count down from 2 000 and below zero', () => {
  assert.equal(COMMENT_MAX, 2000);
  assert.equal(charactersLeft(''), 2000);
  assert.equal(charactersLeft(undefined), 2000);
  assert.equal(charactersLeft('x'.repeat(2003)), -3);
  assert.equal(sv('charactersLeft', 1950), 'Du har 1\u00a0950 tecken kvar');
  assert.equal(sv('charactersLeft', -3), 'Du har 3 tecken för mycket');
  assert.equal(en('charactersLeft', 1), 'You have 1 character remaining');
});

test('the history says what happened, who, when and which details changed', () => {
  const rows = historyRows([
    { revision: 1, kind: 'REGISTERED', changedBy: 'staff', changedAt: '2026-11-16T08:00:00Z', changedFields: [] },
    { revision: 2, kind: 'CORRECTED', changedBy: 'staff', changedAt: '2026-11-16T09:30:00Z',
      changedFields: ['reasonCode', 'comment'] },
    { revision: 3, kind: 'ANNULLED', changedBy: 'staff2', changedAt: '2026-11-17T10:00:00Z', changedFields: ['status'] },
    { revision: 4, kind: 'SOMETHING_NEW', changedBy: 'x', changedAt: null, changedFields: ['newField'] },
  ], sv, (when) => `at ${when}`);
  assert.deepEqual(rows, [
    { revision: 1, what: 'Registrerad', who: 'staff', when: 'at 2026-11-16T08:00:00Z', fields: '–' },
    { revision: 2, what: 'Rättad', who: 'staff', when: 'at 2026-11-16T09:30:00Z', fields: 'Orsak, Kommentar' },
    { revision: 3, what: 'Makulerad', who: 'staff2', when: 'at 2026-11-17T10:00:00Z', fields: 'Status' },
    { revision: 4, what: 'SOMETHING_NEW', who: 'x', when: 'at null', fields: 'newField' },
  ]);
  assert.equal(historyRows([{ revision: 2, kind: 'CORRECTED', changedFields: ['interventionType'] }], en, String)[0]
    .fields, 'Intervention');
  assert.deepEqual(historyRows(null, sv, String), []);
});

test('a code is shown by its label, or as itself when the list does not hold it', () => {
  const units = [{ code: 'BOSTOD_NORR', label: 'Boendestöd Norr' }];
  assert.equal(labelOf(units, 'BOSTOD_NORR'), 'Boendestöd Norr');
  assert.equal(labelOf(units, 'RETIRED'), 'RETIRED');
  assert.equal(labelOf(null, 'X'), 'X');
  assert.equal(labelOf(units, null), '');
});
