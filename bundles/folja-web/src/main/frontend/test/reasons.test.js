import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiBase, CatalogueError, errorMessage, fetchReasons, findReason, groupReasons, language, loginUrl, texts,
} from '../src/reasons.js';

const CATALOGUE = [
  { code: 'SJUK', label: 'Sjuk', initiator: 'CLIENT', sortOrder: 1 },
  { code: 'PERSONAL', label: 'Personalbrist', initiator: 'ORGANISATION', sortOrder: 2 },
  { code: 'BORTREST', label: 'Bortrest', initiator: 'CLIENT', sortOrder: 3 },
  { code: 'NY', label: 'Ny sorts orsak', initiator: 'SOMEONE_ELSE', sortOrder: 4 },
];

test('Swedish is the default; English only for an English tag', () => {
  assert.equal(language(null), 'sv');
  assert.equal(language(''), 'sv');
  assert.equal(language('de'), 'sv');
  assert.equal(language('sv-SE'), 'sv');
  assert.equal(language('en'), 'en');
  assert.equal(language('EN-gb'), 'en');
  assert.equal(language('eng'), 'sv');
  assert.equal(texts(undefined).label, 'Orsak');
  assert.equal(texts('en').label, 'Reason');
});

test('reasons are grouped by initiator, the client\'s first, keeping the API order inside a group', () => {
  const groups = groupReasons(CATALOGUE, 'sv');
  assert.deepEqual(groups.map((g) => g.initiator), ['CLIENT', 'ORGANISATION', 'OTHER']);
  assert.deepEqual(groups.map((g) => g.label), ['Brukarens orsaker', 'Verksamhetens orsaker', 'Övriga orsaker']);
  assert.deepEqual(groups[0].options.map((o) => o.code), ['SJUK', 'BORTREST']);
  assert.deepEqual(groups[0].options[1], { code: 'BORTREST', label: 'Bortrest', initiator: 'CLIENT' });
  assert.deepEqual(groupReasons(CATALOGUE, 'en').map((g) => g.label),
    ["The client's reasons", "The organisation's reasons", 'Other reasons']);
});

test('empty groups are left out', () => {
  const groups = groupReasons([CATALOGUE[1]], 'sv');
  assert.deepEqual(groups.map((g) => g.initiator), ['ORGANISATION']);
  assert.deepEqual(groupReasons([], 'sv'), []);
});

test('a reason is found by its code in any group', () => {
  const groups = groupReasons(CATALOGUE, 'sv');
  assert.equal(findReason(groups, 'PERSONAL').label, 'Personalbrist');
  assert.equal(findReason(groups, 'NOPE'), undefined);
});

test('the API base is the script\'s origin unless api-base says otherwise', () => {
  const script = 'https://folja.example:8443/folja/assets/folja-reason-picker-ABC.js';
  const page = 'https://journal.example/page/form.html';
  assert.equal(apiBase('', script, page), 'https://folja.example:8443/folja/api/v1');
  assert.equal(apiBase(null, script, page), 'https://folja.example:8443/folja/api/v1');
  assert.equal(apiBase('https://other.example/folja/api/v1/', script, page), 'https://other.example/folja/api/v1');
  assert.equal(apiBase('/proxy/folja', script, page), 'https://journal.example/proxy/folja');
});

test('the login link returns to the page\'s path on the same origin only', () => {
  assert.equal(loginUrl('http://localhost:8181/folja/api/v1', 'http://localhost:8181/journal/form?id=7'),
    'http://localhost:8181/folja/login?next=%2Fjournal%2Fform%3Fid%3D7');
  assert.equal(loginUrl('http://folja.example/folja/api/v1', 'http://journal.example/form'),
    'http://folja.example/folja/login?next=%2Ffolja%2F');
});

function answer(status, body) {
  return async () => ({ status, ok: status >= 200 && status < 300, json: async () => body });
}

test('the catalogue is fetched revalidating its ETag, with credentials, in the language asked', async () => {
  let seen;
  const reasons = await fetchReasons(async (url, init) => {
    seen = { url, init };
    return { status: 200, ok: true, json: async () => CATALOGUE };
  }, 'http://h/folja/api/v1', 'en');
  assert.deepEqual(reasons, CATALOGUE);
  assert.equal(seen.url, 'http://h/folja/api/v1/reason-codes?lang=en');
  assert.equal(seen.init.cache, 'no-cache');
  assert.equal(seen.init.credentials, 'include');
});

test('every failure becomes a message, never a blank', async () => {
  const kinds = async (fetchFn) => {
    try {
      await fetchReasons(fetchFn, 'http://h/folja/api/v1', 'sv');
    } catch (e) {
      assert.ok(e instanceof CatalogueError);
      return [e.kind, errorMessage(e, 'sv'), errorMessage(e, 'en')];
    }
    return assert.fail('no error');
  };
  const [down, downSv, downEn] = await kinds(async () => { throw new TypeError('Failed to fetch'); });
  assert.equal(down, 'unavailable');
  assert.match(downSv, /kunde inte hämtas/);
  assert.match(downEn, /could not be loaded/);
  assert.equal((await kinds(answer(401, {})))[0], 'unauthenticated');
  assert.match((await kinds(answer(401, {})))[1], /inte inloggad/);
  assert.equal((await kinds(answer(403, {})))[0], 'forbidden');
  const [failed, failedSv] = await kinds(answer(503, {}));
  assert.equal(failed, 'failed');
  assert.match(failedSv, /503/);
  assert.equal((await kinds(answer(200, { not: 'a list' })))[0], 'failed');
  assert.equal((await kinds(async () => ({ status: 200, ok: true, json: async () => { throw new SyntaxError('x'); } })))[0],
    'failed');
});
