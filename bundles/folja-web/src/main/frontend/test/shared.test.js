import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Api, ApiError, loginAddress } from '../src/shared/api.js';
import { formErrors, generalMessage } from '../src/shared/errors.js';
import { formatDate, formatDateTime, formatNumber, formatPersonnummer, formatWeek } from '../src/shared/format.js';
import { languageOf, translator, withLanguage } from '../src/shared/i18n.js';

/** A fetch that answers from a list and records each request. */
function fakeFetch(answers) {
  const calls = [];
  const fn = async (url, init) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (next instanceof Error) {
      throw next;
    }
    return new Response(next.body === undefined ? null : JSON.stringify(next.body), {
      status: next.status ?? 200,
      headers: { 'Content-Type': next.type ?? 'application/json', ...(next.headers ?? {}) },
    });
  };
  fn.calls = calls;
  return fn;
}

test('a GET sends the cookie on the same origin only, revalidates, and returns the body and ETag', async () => {
  const fetchFn = fakeFetch([{ body: { code: 'SJUK' }, headers: { ETag: '"3"' } }]);
  const answer = await new Api({ fetchFn }).get('/admin/reason-codes/SJUK');
  assert.deepEqual(answer, { status: 200, body: { code: 'SJUK' }, etag: '"3"' });
  const { url, init } = fetchFn.calls[0];
  assert.equal(url, '/folja/api/v1/admin/reason-codes/SJUK');
  assert.equal(init.credentials, 'same-origin');
  assert.equal(init.cache, 'no-cache');
  assert.equal(init.headers['X-CSRF-Token'], undefined);
});

test('query parameters repeat for lists and leave out empty values', async () => {
  const fetchFn = fakeFetch([{ body: [] }]);
  await new Api({ fetchFn }).get('/non-deliveries', { query: { unit: ['A', 'B'], sort: 'REGISTERED_AT_DESC', reason: '', to: null } });
  assert.equal(fetchFn.calls[0].url, '/folja/api/v1/non-deliveries?unit=A&unit=B&sort=REGISTERED_AT_DESC');
});

test('a state-changing request carries the session CSRF token, If-Match and a JSON body; the session is read once', async () => {
  const fetchFn = fakeFetch([
    { body: { user: 'admin', roles: ['folja-admin'], csrfToken: 'tok' } },
    { status: 200, body: { code: 'SJUK' }, headers: { ETag: '"4"' } },
    { status: 201, body: { code: 'NY' }, headers: { ETag: '"1"' } },
  ]);
  const api = new Api({ fetchFn });
  const edited = await api.patch('/admin/reason-codes/SJUK', { labelSv: 'Sjuk' }, { etag: '"3"' });
  await api.post('/admin/reason-codes', { code: 'NY' });
  assert.equal(edited.etag, '"4"');
  assert.equal(fetchFn.calls.length, 3, 'one GET /session for both changes');
  assert.equal(fetchFn.calls[0].url, '/folja/api/v1/session');
  const patch = fetchFn.calls[1].init;
  assert.equal(patch.method, 'PATCH');
  assert.equal(patch.headers['X-CSRF-Token'], 'tok');
  assert.equal(patch.headers['If-Match'], '"3"');
  assert.equal(patch.headers['Content-Type'], 'application/json');
  assert.equal(patch.body, JSON.stringify({ labelSv: 'Sjuk' }));
  assert.equal(fetchFn.calls[2].init.headers['If-Match'], undefined);
});

test('a refusal is an ApiError with the problem detail and its field errors', async () => {
  const fetchFn = fakeFetch([{
    status: 400,
    type: 'application/problem+json',
    body: { title: 'Invalid request', status: 400, detail: '2 fields', errors: [{ field: 'reasonCode', message: 'is required' }, { message: 'no field' }] },
  }]);
  await assert.rejects(new Api({ fetchFn }).get('/x'), (e) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.status, 400);
    assert.equal(e.title, 'Invalid request');
    assert.deepEqual(e.errors, [{ field: 'reasonCode', message: 'is required' }]);
    assert.equal(e.conflict, false);
    return true;
  });
});

test('a conflict, a server that cannot be reached and a body that is not JSON are ApiErrors too', async () => {
  const fetchFn = fakeFetch([{ status: 409, body: { status: 409 } }, new TypeError('offline'), { status: 502, type: 'text/html', body: '<html>' }]);
  const api = new Api({ fetchFn });
  await assert.rejects(api.get('/a'), (e) => e.conflict && e.status === 409);
  await assert.rejects(api.get('/b'), (e) => e instanceof ApiError && e.status === 0 && e.errors.length === 0);
  await assert.rejects(api.get('/c'), (e) => e.status === 502 && e.title === '');
});

test('an ended session sends the browser to the login page', async () => {
  let sent = 0;
  const fetchFn = fakeFetch([{ status: 401, body: { status: 401 } }]);
  await assert.rejects(new Api({ fetchFn, onUnauthenticated: () => { sent += 1; } }).get('/pending-entries'), (e) => e.status === 401);
  assert.equal(sent, 1);
});

test('a request that stays on the page after a 401 does not send to login, and the next one reads the new session', async () => {
  let sent = 0;
  const fetchFn = fakeFetch([
    { body: { user: 's', roles: [], csrfToken: 'old' } },
    { status: 401, body: { status: 401 } },
    { status: 401, body: { status: 401 } },
    { body: { user: 's', roles: [], csrfToken: 'new' } },
    { status: 201, body: { id: 1 } },
  ]);
  const api = new Api({ fetchFn, onUnauthenticated: () => { sent += 1; } });
  await assert.rejects(api.post('/r', { a: 1 }, { stayOnPage: true }), (e) => e.status === 401);
  assert.equal(fetchFn.calls[1].init.headers['X-CSRF-Token'], 'old');
  // not logged in again yet: GET /session answers 401, still on the page
  await assert.rejects(api.post('/r', { a: 1 }, { stayOnPage: true }), (e) => e.status === 401);
  assert.equal(fetchFn.calls[2].url, '/folja/api/v1/session');
  // logged in again: the new session's token
  assert.equal((await api.post('/r', { a: 1 }, { stayOnPage: true })).body.id, 1);
  assert.equal(fetchFn.calls[3].url, '/folja/api/v1/session');
  assert.equal(fetchFn.calls[4].init.headers['X-CSRF-Token'], 'new');
  assert.equal(sent, 0);
});

test('any 401 forgets the session read, so the CSRF token of a new login is used', async () => {
  const fetchFn = fakeFetch([
    { body: { user: 's', roles: [], csrfToken: 'old' } },
    { status: 401, body: { status: 401 } },
    { body: { user: 's', roles: [], csrfToken: 'new' } },
    { status: 200, body: {} },
  ]);
  const api = new Api({ fetchFn, onUnauthenticated: () => {} });
  assert.equal((await api.session()).csrfToken, 'old');
  await assert.rejects(api.get('/units'));
  await api.patch('/x', {});
  assert.equal(fetchFn.calls[3].init.headers['X-CSRF-Token'], 'new');
});

test('the session is read again after it failed', async () => {
  const fetchFn = fakeFetch([new TypeError('offline'), { body: { user: 's', roles: [], csrfToken: 't' } }]);
  const api = new Api({ fetchFn });
  await assert.rejects(api.session());
  assert.equal((await api.session()).csrfToken, 't');
});

test('the login address returns to the page and keeps its language, nothing else of the address', () => {
  assert.equal(loginAddress({ pathname: '/folja/admin/', search: '' }), '/folja/login?next=%2Ffolja%2Fadmin%2F');
  assert.equal(loginAddress({ pathname: '/folja/', search: '?lang=en&x=1' }),
    '/folja/login?next=%2Ffolja%2F%3Flang%3Den&lang=en');
});

test('field errors go beside their fields and into the summary, once per field, in the page language', () => {
  const error = new ApiError(400, { errors: [
    { field: 'reasonCode', message: 'is required' },
    { field: 'reasonCode', message: 'is unknown' },
    { field: 'comment', message: 'at most 2000 characters' },
    { field: 'journalEntryId', message: 'is not awaiting a reason' },
  ] });
  const fields = { reasonCode: { id: 'reason', message: 'Välj en orsak.' }, comment: { id: 'comment' } };
  assert.deepEqual(formErrors(error, fields, 'sv'), {
    byId: { reason: 'Välj en orsak.', comment: 'at most 2000 characters' },
    summary: [
      { href: '#reason', message: 'Välj en orsak.' },
      { href: '#comment', message: 'at most 2000 characters' },
      { href: null, message: 'is not awaiting a reason' },
    ],
  });
});

test('a field inside a list or object is shown at its field', () => {
  const error = new ApiError(400, { errors: [{ field: 'labels[0].sv', message: 'blank' }] });
  assert.deepEqual(formErrors(error, { labels: { id: 'labels' } }, 'en').byId, { labels: 'blank' });
});

test('a failure naming no field is one general line, in Swedish or English', () => {
  assert.deepEqual(formErrors(new ApiError(409, null), {}, 'sv').summary,
    [{ href: null, message: generalMessage({ status: 409 }, 'sv') }]);
  assert.match(generalMessage({ status: 409 }, 'sv'), /ändrat/);
  assert.match(generalMessage({ status: 0 }, 'en'), /could not be reached/);
  assert.match(generalMessage({ status: 403 }, 'sv'), /behörighet/);
  assert.match(generalMessage(new Error('x'), 'sv'), /gick fel/);
});

test('dates and times are shown as Swedes write them, in Swedish time', () => {
  assert.equal(formatDate('2026-10-05T07:00:00Z'), '2026-10-05');
  assert.equal(formatDateTime('2026-10-05T07:00:00Z'), '2026-10-05 09:00');
  assert.equal(formatDateTime('2026-01-12T08:00:00Z'), '2026-01-12 09:00');
  assert.equal(formatDateTime('2026-10-04T22:30:00Z'), '2026-10-05 00:30');
  assert.equal(formatDate(null), '');
  assert.equal(formatDateTime('not a date'), '');
});

test('weeks, numbers and personnummer', () => {
  assert.equal(formatWeek('2026-W41', 'sv'), 'v. 41');
  assert.equal(formatWeek('2026-W05', 'en'), 'week 5');
  assert.equal(formatWeek('41', 'sv'), '');
  assert.equal(formatNumber(1234.5, 'sv').replace(/\s/g, ' '), '1 234,5');
  assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
  assert.equal(formatPersonnummer('199001012385'), '19900101-2385');
  assert.equal(formatPersonnummer('9001012385'), '9001012385');
});

test('Swedish unless the address asks for English; a missing English text falls back to Swedish', () => {
  assert.equal(languageOf(''), 'sv');
  assert.equal(languageOf('?lang=de'), 'sv');
  assert.equal(languageOf('?lang=en'), 'en');
  assert.equal(languageOf('?x=1&lang=en-GB'), 'en');
  const t = translator({ sv: { hello: 'Hej', count: (n) => `${n} st` }, en: { hello: 'Hello' } }, 'en');
  assert.equal(t('hello'), 'Hello');
  assert.equal(t('count', 3), '3 st');
  assert.throws(() => t('missing'), /no text for missing/);
  assert.equal(withLanguage('/folja/admin/', 'en'), '/folja/admin/?lang=en');
  assert.equal(withLanguage('/folja/admin/', 'sv'), '/folja/admin/');
});

test('a text is posted unchanged as JSON, with the CSRF token', async () => {
  const fetchFn = fakeFetch([
    { body: { user: 'admin', roles: ['folja-admin'], csrfToken: 'tok' } },
    { status: 201, body: { code: 'X', version: 1 } },
  ]);
  const text = '{\n  "code": "X"\n}\n';
  const answer = await new Api({ fetchFn }).postText('/admin/followup-templates', text);
  assert.equal(answer.status, 201);
  const { url, init } = fetchFn.calls[1];
  assert.equal(url, '/folja/api/v1/admin/followup-templates');
  assert.equal(init.method, 'POST');
  assert.equal(init.body, text);
  assert.equal(init.headers['Content-Type'], 'application/json');
  assert.equal(init.headers['X-CSRF-Token'], 'tok');
});
