import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inLanguage, translationOf, TRANSLATION } from '../src/shared/questionnaire-language.js';

const en = (content) => ({ extension: [{ url: TRANSLATION, extension: [
  { url: 'lang', valueCode: 'en' }, { url: 'content', valueString: content }] }] });

const QUESTIONNAIRE = {
  resourceType: 'Questionnaire', status: 'active', language: 'sv',
  title: 'Brukarens frågor', _title: en("The client's questions"),
  item: [
    { linkId: 'bg', type: 'group', text: 'Bakgrund', _text: en('Background'), item: [
      { linkId: 'living', type: 'choice', text: 'Boende', _text: en('Housing'), answerOption: [
        { valueCoding: { code: 'own', display: 'Eget boende', _display: en('Own home') } },
        { valueCoding: { code: 'other', display: 'Annat' } },
      ] },
      { linkId: 'note', type: 'string', text: 'Anteckning' },
    ] },
  ],
};

test('an English page gets the English translations, and the texts without one as written', () => {
  const q = inLanguage(QUESTIONNAIRE, 'en');
  assert.equal(q.title, "The client's questions");
  assert.equal(q.item[0].text, 'Background');
  assert.equal(q.item[0].item[0].text, 'Housing');
  assert.deepEqual(q.item[0].item[0].answerOption.map((o) => o.valueCoding.display), ['Own home', 'Annat']);
  assert.equal(q.item[0].item[1].text, 'Anteckning');
});

test('a Swedish page keeps the Swedish texts; neither copy keeps the translations, and the original is untouched', () => {
  const q = inLanguage(QUESTIONNAIRE, 'sv');
  assert.equal(q.title, 'Brukarens frågor');
  assert.equal(q.item[0].item[0].text, 'Boende');
  assert.equal(q.item[0].item[0].answerOption[0].valueCoding.display, 'Eget boende');
  for (const copy of [q, inLanguage(QUESTIONNAIRE, 'en')]) {
    assert.doesNotMatch(JSON.stringify(copy), /"_(title|text|display)"/);
  }
  assert.equal(QUESTIONNAIRE.item[0].item[0]._text.extension.length, 1);
  assert.equal(QUESTIONNAIRE.item[0].item[0].text, 'Boende');
});

test('a translation is taken only from the translation extension, into the language asked for', () => {
  assert.equal(translationOf(en('Housing'), 'en'), 'Housing');
  assert.equal(translationOf(en('Housing'), 'sv'), undefined);
  assert.equal(translationOf({ extension: [{ url: 'http://example.org/other', extension: [
    { url: 'lang', valueCode: 'en' }, { url: 'content', valueString: 'Housing' }] }] }, 'en'), undefined);
  assert.equal(translationOf(undefined, 'en'), undefined);
  // an English questionnaire with a Swedish translation works the other way round
  const english = { resourceType: 'Questionnaire', language: 'en', status: 'active',
    item: [{ linkId: 'a', type: 'boolean', text: 'Moved?', _text: { extension: [{ url: TRANSLATION, extension: [
      { url: 'lang', valueCode: 'sv' }, { url: 'content', valueString: 'Flyttat?' }] }] } }] };
  assert.equal(inLanguage(english, 'sv').item[0].text, 'Flyttat?');
  assert.equal(inLanguage(english, 'en').item[0].text, 'Moved?');
});

test("every built-in template's questionnaires read in one language on a Swedish page and on an English one", () => {
  for (const code of ['ORS', 'KALMAR_BOENDESTOD', 'TROSA_MISSBRUK', 'ALDREOMSORG_SOCIAL_SAMVARO']) {
    const template = JSON.parse(readFileSync(new URL(
      `../../../../../folja-followup/src/main/resources/templates/${code}.json`, import.meta.url), 'utf8'));
    for (const { questionnaire } of template.respondents) {
      const texts = (q) => {
        const out = [q.title];
        const walk = (items) => (items ?? []).forEach((i) => {
          out.push(i.text, ...(i.answerOption ?? []).map((o) => o.valueCoding.display));
          walk(i.item);
        });
        walk(q.item);
        return out.filter((t) => t !== undefined);
      };
      const sv = texts(inLanguage(questionnaire, 'sv'));
      const english = texts(inLanguage(questionnaire, 'en'));
      assert.equal(sv.length, english.length);
      for (let i = 0; i < sv.length; i++) {
        assert.doesNotMatch(sv[i], / \/ /, `${code}: ${sv[i]}`);
        assert.doesNotMatch(english[i], / \/ /, `${code}: ${english[i]}`);
      }
      // a few words are the same in both ("Man", "Cannabis", "Process"); nearly every other text differs
      assert.ok(sv.filter((t, i) => t === english[i]).length <= 3, `${code}: ${sv.filter((t, i) => t === english[i])}`);
    }
  }
});
