import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addRefusal, etagOf, fieldMap, historyChanges, listItemEditBody, MAX_SORT_ORDER, newListItemBody, newReasonBody,
  planMove, reasonEditBody, replaceItem, sortOrderValue, sortReasons,
} from '../src/catalogue/catalogue-logic.js';
import { formErrors } from '../src/shared/errors.js';
import { MESSAGES } from '../src/catalogue/messages.js';

const r = (code, sortOrder, active = true) => ({ code, sortOrder, active, version: 1 });

/** The codes in the catalogue's order after the planned changes are stored. */
function afterMove(reasons, plan) {
  const changed = reasons.map((reason) => {
    const step = plan.find((s) => s.code === reason.code);
    return step ? { ...reason, sortOrder: step.sortOrder } : reason;
  });
  return sortReasons(changed).map((reason) => reason.code);
}

test('the ETag of a version is the strong tag the API sends and reads in If-Match', () => {
  assert.equal(etagOf(1), '"1"');
  assert.equal(etagOf(42), '"42"');
  assert.throws(() => etagOf(undefined));
  assert.throws(() => etagOf(-1));
  assert.throws(() => etagOf(1.5));
});

test('reasons are in sort order, then by code, as the catalogue lists them', () => {
  const reasons = [r('B', 20), r('A', 20), r('C', 10)];
  assert.deepEqual(sortReasons(reasons).map((x) => x.code), ['C', 'A', 'B']);
  assert.deepEqual(reasons.map((x) => x.code), ['B', 'A', 'C'], 'the given list is left as it was');
});

test('moving up with room: one change, into the gap between the two reasons above', () => {
  const reasons = [r('A', 10), r('B', 20), r('C', 30), r('D', 40)];
  const plan = planMove(reasons, 'C', 'up');
  assert.deepEqual(plan, [{ code: 'C', sortOrder: 15 }]);
  assert.deepEqual(afterMove(reasons, plan), ['A', 'C', 'B', 'D']);
});

test('moving down with room: one change, into the gap between the two reasons below', () => {
  const reasons = [r('A', 10), r('B', 20), r('C', 30), r('D', 40)];
  const plan = planMove(reasons, 'B', 'down');
  assert.deepEqual(plan, [{ code: 'B', sortOrder: 35 }]);
  assert.deepEqual(afterMove(reasons, plan), ['A', 'C', 'B', 'D']);
});

test('moving to the top or the bottom: a step beyond the end, within 0..1 000 000', () => {
  const reasons = [r('A', 10), r('B', 20), r('C', 30)];
  assert.deepEqual(planMove(reasons, 'B', 'up'), [{ code: 'B', sortOrder: 0 }]);
  assert.deepEqual(afterMove(reasons, planMove(reasons, 'B', 'up')), ['B', 'A', 'C']);
  assert.deepEqual(planMove(reasons, 'B', 'down'), [{ code: 'B', sortOrder: 40 }]);
  assert.deepEqual(afterMove(reasons, planMove(reasons, 'B', 'down')), ['A', 'C', 'B']);
  const atTheEnd = [r('A', MAX_SORT_ORDER - 3), r('B', MAX_SORT_ORDER - 2)];
  assert.deepEqual(planMove(atTheEnd, 'A', 'down'), [{ code: 'A', sortOrder: MAX_SORT_ORDER }]);
});

test('the first cannot move up, the last not down, an unknown code not at all', () => {
  const reasons = [r('A', 10), r('B', 20)];
  assert.deepEqual(planMove(reasons, 'A', 'up'), []);
  assert.deepEqual(planMove(reasons, 'B', 'down'), []);
  assert.deepEqual(planMove(reasons, 'X', 'up'), []);
  assert.deepEqual(planMove(reasons, 'A', 'sideways'), []);
});

test('retired reasons count: a reason moves past the retired one listed above it', () => {
  const reasons = [r('A', 10), r('OLD', 20, false), r('C', 30)];
  const plan = planMove(reasons, 'C', 'up');
  assert.deepEqual(afterMove(reasons, plan), ['A', 'C', 'OLD']);
});

test('no free number between the neighbours: the catalogue is renumbered, only changed reasons are sent', () => {
  const reasons = [r('A', 10), r('B', 11), r('C', 12), r('D', 40)];
  const plan = planMove(reasons, 'C', 'up');
  assert.deepEqual(plan, [{ code: 'C', sortOrder: 20 }, { code: 'B', sortOrder: 30 }]);
  assert.deepEqual(afterMove(reasons, plan), ['A', 'C', 'B', 'D']);
});

test('equal sort orders (ordered by code) move without relying on how codes compare', () => {
  const reasons = [r('A', 10), r('B', 10), r('C', 10)];
  for (const [code, direction, expected] of [
    ['C', 'up', ['A', 'C', 'B']], ['B', 'up', ['B', 'A', 'C']], ['A', 'down', ['B', 'A', 'C']],
    ['B', 'down', ['A', 'C', 'B']]]) {
    const plan = planMove(reasons, code, direction);
    assert.deepEqual(afterMove(reasons, plan), expected, `${code} ${direction}: ${JSON.stringify(plan)}`);
    const moved = plan.find((s) => s.code === code).sortOrder;
    const others = afterMove(reasons, plan).filter((c) => c !== code)
      .map((c) => plan.find((s) => s.code === c)?.sortOrder ?? reasons.find((x) => x.code === c).sortOrder);
    assert.ok(!others.includes(moved), `${code} ${direction} shares no sort order: ${JSON.stringify(plan)}`);
  }
});

test('a sort order as typed: a whole number as a number, empty not sent, anything else for the API to refuse', () => {
  assert.equal(sortOrderValue('15'), 15);
  assert.equal(sortOrderValue(' 0 '), 0);
  assert.equal(sortOrderValue(''), undefined);
  assert.equal(sortOrderValue(undefined), undefined);
  assert.equal(sortOrderValue('1,5'), '1,5');
  assert.equal(sortOrderValue('tio'), 'tio');
});

test('the add form\'s body: code trimmed, labels as typed, initiator and sort order only when given', () => {
  assert.deepEqual(newReasonBody({ code: ' SJUK ', labelSv: 'Sjuk', labelEn: 'Ill', initiator: 'CLIENT', sortOrder: '' }),
    { code: 'SJUK', labelSv: 'Sjuk', labelEn: 'Ill', initiator: 'CLIENT' });
  assert.deepEqual(newReasonBody({ code: 'SJUK', labelSv: '', labelEn: '', sortOrder: '5' }),
    { code: 'SJUK', labelSv: '', labelEn: '', sortOrder: 5 });
  assert.deepEqual(newListItemBody({ code: 'BS-1 ', labelSv: 'Norr', labelEn: 'North' }),
    { code: 'BS-1', labelSv: 'Norr', labelEn: 'North' });
});

test('the edit form\'s body: both labels, the sort order; an emptied one is sent for the API to refuse', () => {
  assert.deepEqual(reasonEditBody({ labelSv: 'Sjuk', labelEn: 'Ill', sortOrder: '30' }),
    { labelSv: 'Sjuk', labelEn: 'Ill', sortOrder: 30 });
  assert.deepEqual(reasonEditBody({ labelSv: 'Sjuk', labelEn: 'Ill', sortOrder: '' }),
    { labelSv: 'Sjuk', labelEn: 'Ill', sortOrder: '' });
  assert.deepEqual(listItemEditBody({ labelSv: 'Norr', labelEn: 'North', code: 'X' }), { labelSv: 'Norr', labelEn: 'North' });
});

test('each field the API names is shown beside its input and in the summary, in Swedish', () => {
  const fields = fieldMap('reason-new', ['code', 'labelSv', 'labelEn', 'initiator', 'sortOrder'], MESSAGES.sv.reasonFields);
  const refusal = {
    status: 400,
    errors: [
      { field: 'labelSv', message: 'must not be blank' },
      { field: 'initiator', message: 'is required: CLIENT or ORGANISATION' },
      { field: 'sortOrder', message: 'must be between 0 and 1000000' },
    ],
  };
  const { byId, summary } = formErrors(refusal, fields, 'sv');
  assert.deepEqual(Object.keys(byId), ['reason-new-labelSv', 'reason-new-initiator', 'reason-new-sortOrder']);
  assert.equal(byId['reason-new-initiator'], 'Välj vems orsak det är.');
  assert.deepEqual(summary.map((s) => s.href), ['#reason-new-labelSv', '#reason-new-initiator', '#reason-new-sortOrder']);
  assert.ok(summary.every((s) => s.message === byId[s.href.slice(1)]));
  for (const lang of ['sv', 'en']) {
    for (const field of ['code', 'codeExists', 'labelSv', 'labelEn', 'initiator', 'sortOrder']) {
      assert.ok(MESSAGES[lang].reasonFields[field], `${lang} ${field}`);
    }
    for (const kind of ['intervention-types', 'units']) {
      for (const field of ['code', 'codeExists', 'labelSv', 'labelEn']) {
        assert.ok(MESSAGES[lang][kind].fields[field], `${lang} ${kind} ${field}`);
      }
    }
  }
});

test('adding a code that exists (409) is the code field\'s error, not a conflict of versions', () => {
  const fields = fieldMap('units-new', ['code', 'labelSv', 'labelEn'], MESSAGES.sv.units.fields);
  const { byId, summary } = formErrors(addRefusal({ status: 409, detail: "unit 'X' exists already", errors: [] }),
    fields, 'sv');
  assert.deepEqual(byId, { 'units-new-code': 'Det finns redan en enhet med den koden. Välj en annan kod.' });
  assert.deepEqual(summary, [{ href: '#units-new-code', message: byId['units-new-code'] }]);
  const other = { status: 400, errors: [{ field: 'code', message: 'must be …' }] };
  assert.equal(addRefusal(other), other);
});

test('every text exists in Swedish and in English', () => {
  const keys = (o, prefix = '') => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object'
    ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  assert.deepEqual(keys(MESSAGES.en).sort(), keys(MESSAGES.sv).sort());
});

test('a history entry lists what it changed, before and after', () => {
  const before = { labelSv: 'Sjuk', labelEn: 'Ill', initiator: 'CLIENT', sortOrder: 10, active: true };
  const edited = { changedFields: ['labelSv', 'sortOrder'], before, after: { ...before, labelSv: 'Sjukdom', sortOrder: 5 } };
  assert.deepEqual(historyChanges(edited), [
    { field: 'labelSv', before: 'Sjuk', after: 'Sjukdom' },
    { field: 'sortOrder', before: 10, after: 5 },
  ]);
  const created = { changedFields: ['labelSv', 'labelEn', 'initiator', 'sortOrder', 'active'], before: null, after: before };
  assert.deepEqual(historyChanges(created).map((c) => [c.field, c.before, c.after]), [
    ['labelSv', undefined, 'Sjuk'], ['labelEn', undefined, 'Ill'], ['initiator', undefined, 'CLIENT'],
    ['sortOrder', undefined, 10], ['active', undefined, true]]);
  assert.deepEqual(historyChanges({}), []);
});

test('a re-read item replaces the one with its code', () => {
  const items = [r('A', 10), r('B', 20)];
  assert.deepEqual(replaceItem(items, { ...r('B', 5), version: 2 }).map((i) => [i.code, i.sortOrder]), [['A', 10], ['B', 5]]);
  assert.deepEqual(replaceItem(items, r('C', 1)).map((i) => i.code), ['A', 'B', 'C']);
  assert.equal(items[1].sortOrder, 20);
});
