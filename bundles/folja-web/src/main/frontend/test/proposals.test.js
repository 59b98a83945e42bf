import { test } from 'node:test';
import assert from 'node:assert/strict';

test('a proposal is confirmed with its grant; its key never holds the personnummer', async () => {
  const { confirmationBody, loadRefusal, proposalKey, refusalMessage } = await import('../src/proposals/proposals-logic.js');
  const { PROPOSAL_MESSAGES } = await import('../src/proposals/proposals-messages.js');
  const { translator } = await import('../src/shared/i18n.js');
  const p = { grant: 17, client: '194001019802', unit: 'HEMTJANST_CENTRUM', interventionType: 'HEMTJANST',
    runningSince: '2025-01-01', age: 86, enablement: 3, template: 'ALDREOMSORG_SOCIAL_SAMVARO', version: 1 };
  assert.equal(proposalKey(p), 'grant-17');
  assert.deepEqual(confirmationBody(p, 'X', 'Y'),
    { template: 'ALDREOMSORG_SOCIAL_SAMVARO', unit: 'HEMTJANST_CENTRUM', client: '194001019802', grant: 17 });
  const t = translator(PROPOSAL_MESSAGES, 'sv');
  assert.equal(refusalMessage({ status: 409 }, t, 'sv'), 'Brukaren är redan inskriven i mallen. Ladda om förslagen.');
  assert.match(refusalMessage({ status: 400 }, t, 'sv'), /gäller inte längre/);
  assert.match(refusalMessage({ status: 403 }, t, 'sv'), /behörighet/);
  assert.equal(t('why', { type: 'Hemtjänst', age: 86, since: '2025-01-01' }),
    'Insats: Hemtjänst. Ålder: 86 år. Insatsen pågår sedan 2025-01-01.');
  assert.equal(translator(PROPOSAL_MESSAGES, 'en')('confirmChosen', 2), 'Confirm 2 chosen enrolments');
  assert.equal(loadRefusal({ status: 400 }, t, 'sv'), 'Mallen är inte aktiverad för enheten i dag, så det finns inga förslag.');
  assert.match(loadRefusal({ status: 0 }, t, 'sv'), /kunde inte nås/);
});

test('the proposals section offers the unit and template pairs enabled today, once each, by name', async () => {
  const { enabledPairs, headingLevel, pairKey, today } = await import('../src/proposals/section-logic.js');
  const enablements = [
    { unit: 'HEMTJANST_CENTRUM', template: 'ALDREOMSORG_SOCIAL_SAMVARO', version: 1, from: '2026-01-01', status: 'ENABLED' },
    { unit: 'OPPENVARD', template: 'ORS', version: 2, from: '2026-12-07', to: '2026-12-07', status: 'ENABLED' },
    { unit: 'OPPENVARD', template: 'TROSA_MISSBRUK', version: 1, from: '2026-12-08', status: 'ENABLED' },
    { unit: 'MISSBRUK_VUXNA', template: 'ORS', version: 1, from: '2026-01-01', to: '2026-12-06', status: 'ENABLED' },
    { unit: 'BOSTOD', template: 'ORS', version: 1, from: '2026-01-01', status: 'DISABLED' },
  ];
  const pairs = enabledPairs(enablements, '2026-12-07', { HEMTJANST_CENTRUM: 'Hemtjänst centrum', OPPENVARD: 'Öppenvård' },
    { ALDREOMSORG_SOCIAL_SAMVARO: 'Social samvaro' });
  assert.deepEqual(pairs.map(pairKey), ['HEMTJANST_CENTRUM:ALDREOMSORG_SOCIAL_SAMVARO', 'OPPENVARD:ORS']);
  assert.deepEqual(pairs[1], { unit: 'OPPENVARD', template: 'ORS', version: 2, unitLabel: 'Öppenvård', templateTitle: 'ORS' });
  assert.deepEqual(enabledPairs(undefined, '2026-12-07'), []);
  assert.equal(headingLevel('3', 2), 3);
  assert.equal(headingLevel('7', 2), 2);
  assert.equal(headingLevel(null, 2), 2);
  assert.equal(today(new Date('2026-12-07T23:30:00Z')), '2026-12-08');
});

test('a confirmation says how many were confirmed and how many are left', async () => {
  const { PROPOSAL_MESSAGES } = await import('../src/proposals/proposals-messages.js');
  const { SECTION_MESSAGES } = await import('../src/proposals/section-messages.js');
  const { translator } = await import('../src/shared/i18n.js');
  assert.equal(translator(PROPOSAL_MESSAGES, 'sv')('confirmed', 1, 13), '1 inskrivning är bekräftad. 13 förslag är kvar.');
  assert.equal(translator(PROPOSAL_MESSAGES, 'en')('confirmed', 2, 1), '2 enrolments are confirmed. 1 proposal is left.');
  assert.equal(translator(SECTION_MESSAGES, 'en')('pairOption', { unitLabel: 'Home care', templateTitle: 'Social contact', version: 1 }),
    'Home care: Social contact (version 1)');
});
