// What Följa does to a Questionnaire before LHC-Forms renders it and to the QuestionnaireResponse it reads back, and
// how the API's errors about questions are sorted onto them. No DOM here: node tests cover it.
import { walkItems } from '../shared/questionnaire-language.js';

/** Följa's two value sets a template's choice questions may name (FollowUpValueSets). */
export const VALUE_SETS = Object.freeze({
  'https://folja.se/fhir/ValueSet/reason-codes': 'reason-codes',
  'https://folja.se/fhir/ValueSet/ibic-life-areas': 'ibic-life-areas',
});

/** @returns the ids (`reason-codes`, `ibic-life-areas`) of Följa's value sets the questionnaire's items name */
export function valueSetsUsed(questionnaire) {
  const used = new Set();
  walkItems(questionnaire?.item, (item) => {
    if (item.answerValueSet && VALUE_SETS[item.answerValueSet]) {
      used.add(VALUE_SETS[item.answerValueSet]);
    }
  });
  return [...used];
}

/**
 * A copy of the questionnaire in which each of Följa's value sets is replaced by its expansion as `answerOption`s:
 * LHC-Forms then lists the codes without a terminology server, in the page's language (the API's $expand).
 *
 * @param expansions `{id: ValueSet with expansion}` from GET /fhir/ValueSet/{id}/$expand
 * @throws Error naming the value set when an item needs one that is not in `expansions`
 */
export function withExpandedValueSets(questionnaire, expansions) {
  const copy = structuredClone(questionnaire);
  walkItems(copy.item, (item) => {
    const id = item.answerValueSet && VALUE_SETS[item.answerValueSet];
    if (id) {
      const contains = expansions[id]?.expansion?.contains;
      if (!Array.isArray(contains)) {
        throw new Error(`no expansion of ${id}`);
      }
      item.answerOption = flatten(contains).map((c) => ({
        valueCoding: { system: c.system, code: c.code, display: c.display ?? c.code },
      }));
      delete item.answerValueSet;
    }
  });
  return copy;
}

function flatten(contains) {
  const out = [];
  for (const c of contains) {
    if (c.code && !c.abstract && !c.inactive) {
      out.push(c);
    }
    if (Array.isArray(c.contains)) {
      out.push(...flatten(c.contains));
    }
  }
  return out;
}

/**
 * The response as Följa takes it from what LHC-Forms gives (`getFormFHIRData('QuestionnaireResponse', 'R4', …)`):
 * status completed, the items with linkId, text and answers only (LHC-Forms adds meta, subject, identifiers and
 * extensions that the API refuses), codings without LHC-Forms' display.
 *
 * @param fromForm LHC-Forms' QuestionnaireResponse
 * @param answeredOn the day answered, yyyy-mm-dd, or null
 */
export function responseForApi(fromForm, answeredOn) {
  const response = { resourceType: 'QuestionnaireResponse', status: 'completed' };
  if (answeredOn) {
    response.authored = answeredOn;
  }
  const items = cleanItems(fromForm?.item);
  if (items.length > 0) {
    response.item = items;
  }
  return response;
}

function cleanItems(items) {
  const out = [];
  for (const item of items ?? []) {
    const clean = { linkId: item.linkId };
    if (typeof item.text === 'string') {
      clean.text = item.text;
    }
    const answers = (item.answer ?? []).map(cleanAnswer).filter((a) => a !== null);
    if (answers.length > 0) {
      clean.answer = answers;
    }
    const children = cleanItems(item.item);
    if (children.length > 0) {
      clean.item = children;
    }
    if (clean.answer || clean.item) {
      out.push(clean);
    }
  }
  return out;
}

const VALUE_KEYS = ['valueBoolean', 'valueInteger', 'valueDecimal', 'valueDate', 'valueString'];

function cleanAnswer(answer) {
  if (answer?.valueCoding) {
    const coding = { code: answer.valueCoding.code };
    if (answer.valueCoding.system) {
      coding.system = answer.valueCoding.system;
    }
    return { valueCoding: coding };
  }
  for (const key of VALUE_KEYS) {
    if (answer && answer[key] !== undefined && answer[key] !== null) {
      return { [key]: answer[key] };
    }
  }
  return null;
}

/**
 * A stored response (GET /responses/{id}) as a FHIR QuestionnaireResponse for LHC-Forms to show in the form again:
 * answers by linkId into the questionnaire's item tree (repeating groups by their entry numbers).
 */
export function storedAsResponse(questionnaire, stored) {
  const byKey = new Map();
  for (const answer of stored?.answers ?? []) {
    byKey.set(`${answer.linkId}@${(answer.groupInstances ?? []).join('.')}`, answer.values ?? []);
  }
  const build = (items, instances) => {
    const out = [];
    for (const item of items ?? []) {
      if (item.type === 'group') {
        if (item.repeats) {
          for (let n = 1; n <= 100; n++) {
            const children = build(item.item, [...instances, n]);
            if (children.length === 0) {
              break;
            }
            out.push({ linkId: item.linkId, item: children });
          }
        } else {
          const children = build(item.item, instances);
          if (children.length > 0) {
            out.push({ linkId: item.linkId, item: children });
          }
        }
      } else if (item.type !== 'display') {
        const values = byKey.get(`${item.linkId}@${instances.join('.')}`);
        if (values && values.length > 0) {
          out.push({ linkId: item.linkId, answer: values.map(valueOf).filter((v) => v !== null) });
        }
      }
    }
    return out;
  };
  return {
    resourceType: 'QuestionnaireResponse', status: 'completed', item: build(questionnaire?.item, []),
  };
}

function valueOf(value) {
  if (value.valueCoding) {
    const display = value.valueCoding.display;
    return { valueCoding: { ...value.valueCoding, ...(display ? { display } : {}) } };
  }
  for (const key of VALUE_KEYS) {
    if (value[key] !== undefined && value[key] !== null) {
      return { [key]: value[key] };
    }
  }
  return null;
}

/** @returns the questionnaire's items by linkId: `{linkId: {text, prefix}}` (every depth) */
export function itemsByLinkId(questionnaire) {
  const items = {};
  walkItems(questionnaire?.item, (item) => {
    items[item.linkId] = { text: item.text ?? item.linkId, prefix: item.prefix ?? '' };
  });
  return items;
}

const QUESTION_FIELD = /^item\[(.+)\]$/;

/**
 * Sorts the API's errors about a response onto its questions: `item[<linkId>]` belongs to that question.
 *
 * @param error an ApiError (its `errors[]` `{field, message}`)
 * @param questionnaire the questionnaire shown (for the question's text in the summary)
 * @param messageFor `(linkId, apiMessage) => text` shown for a question's error (the page's language)
 * @param general the one line when nothing names a question
 * @returns `{byLinkId: {linkId: message}, summary: [{linkId | null, message}]}`
 */
export function questionErrors(error, questionnaire, messageFor, general) {
  const items = itemsByLinkId(questionnaire);
  const byLinkId = {};
  const summary = [];
  for (const { field, message } of error?.errors ?? []) {
    const match = QUESTION_FIELD.exec(field ?? '');
    const linkId = match && items[match[1]] ? match[1] : null;
    if (linkId) {
      if (!(linkId in byLinkId)) {
        const text = messageFor(linkId, message);
        byLinkId[linkId] = text;
        summary.push({ linkId, message: `${items[linkId].text}: ${text}` });
      }
    } else {
      summary.push({ linkId: null, message: messageFor(null, message) });
    }
  }
  if (summary.length === 0) {
    summary.push({ linkId: null, message: general });
  }
  return { byLinkId, summary };
}

/**
 * Sorts LHC-Forms' own validation messages (`checkValidity`: "<question text> <what is wrong>") onto the questions:
 * a message belongs to the question whose text it starts with, the longest such text when several do (a question
 * "Datum" and a question "Datum då utredningen blev klar"); one message per question, the first.
 *
 * @param messages LHC-Forms' messages
 * @param questionnaire the questionnaire shown
 * @returns `{byLinkId: {linkId: message}, summary: [{linkId | null, message}]}`; a message naming no question is in
 *     the summary only
 */
export function formErrors(messages, questionnaire) {
  const items = itemsByLinkId(questionnaire);
  const byLinkId = {};
  const unplaced = [];
  for (const message of (messages ?? []).map(String)) {
    let found = null;
    for (const [linkId, item] of Object.entries(items)) {
      if (item.text && message.startsWith(`${item.text} `) && (!found || item.text.length > items[found].text.length)) {
        found = linkId;
      }
    }
    if (!found) {
      if (!unplaced.includes(message)) {
        unplaced.push(message);
      }
    } else if (!(found in byLinkId)) {
      const rest = message.slice(items[found].text.length + 1).trim();
      byLinkId[found] = rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  const summary = [
    ...Object.entries(byLinkId).map(([linkId, message]) => ({ linkId, message: `${items[linkId].text}: ${message}` })),
    ...unplaced.map((message) => ({ linkId: null, message })),
  ];
  return { byLinkId, summary };
}

/**
 * For overlapping asynchronous calls of which only the latest counts (a form opened while another still loads):
 * each `begin()` returns a function telling whether that call is still the latest.
 */
export function latestOnly() {
  let latest = 0;
  return {
    begin() {
      const mine = ++latest;
      return () => mine === latest;
    },
  };
}

/**
 * A decimal answer as its field shows it: with a decimal comma on a Swedish page (LHC-Forms itself writes a point).
 *
 * @param value what LHC-Forms writes into the field (a number or its text), or null
 */
export function decimalForDisplay(value, lang) {
  const text = value === null || value === undefined ? '' : String(value);
  return lang === 'sv' ? text.replaceAll('.', ',') : text;
}

/** A decimal field's text as LHC-Forms reads it: a decimal comma (either language) becomes a point. */
export function decimalFromInput(text) {
  return String(text ?? '').replaceAll(',', '.');
}

/**
 * The entries of repeating groups where a question is left unanswered in `response`: the API names an error about a
 * question by its linkId only (`item[<linkId>]`, the same in every entry), so for "is required" the page finds the
 * entry itself.
 *
 * @returns the entry numbers of the question's groups (every group on the way, a non-repeating one as 1), one list
 *     per entry of `response` that holds the question's group but no answer to it, e.g. `[[1, 2]]`; empty when the
 *     question is in no group or every entry answers it
 */
export function unansweredEntries(questionnaire, response, linkId) {
  const found = [];
  const visit = (defs, given, path) => {
    for (const def of defs ?? []) {
      if (def.type !== 'group') {
        continue;
      }
      const entries = (given ?? []).filter((item) => item.linkId === def.linkId);
      entries.forEach((entry, index) => {
        const inner = [...path, def.repeats ? index + 1 : 1];
        if ((def.item ?? []).some((child) => child.linkId === linkId && child.type !== 'group')) {
          const answered = (entry.item ?? []).some((child) => child.linkId === linkId && (child.answer ?? []).length > 0);
          if (!answered) {
            found.push(inner);
          }
        }
        visit(def.item, entry.item, inner);
      });
    }
  };
  visit(questionnaire?.item, response?.item, []);
  return found;
}

/**
 * @param errors the API's errors `[{field, message}]`
 * @returns `{linkId: [entry numbers…]}` for the API's "is required" errors about questions inside groups of the
 *     response that was sent (see unansweredEntries)
 */
export function errorEntries(questionnaire, response, errors) {
  const out = {};
  for (const { field, message } of errors ?? []) {
    const match = QUESTION_FIELD.exec(field ?? '');
    if (match && message === 'is required') {
      const entries = unansweredEntries(questionnaire, response, match[1]);
      if (entries.length > 0) {
        out[match[1]] = entries;
      }
    }
  }
  return out;
}
