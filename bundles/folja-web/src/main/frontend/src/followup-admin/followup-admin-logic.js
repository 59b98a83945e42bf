// The template administration page's logic without a browser: where in an uploaded document a refusal's JSON path
// points (its line), what a template version's document holds (roles, questions as a readable tree), the FHIR
// Questionnaire id of a version and role (the preview page's address), the request bodies of the enablement forms,
// and what an enablement's change or a concurrent edit changed.

import { inLanguage } from '../shared/questionnaire-language.js';

/** The respondent roles in the order the page lists them, with the token FHIR ids and urls write them with. */
export const ROLE_TOKENS = Object.freeze({ CASE_OFFICER: 'caseofficer', PROVIDER: 'provider', CLIENT: 'client' });

const REASON_CODES = 'https://folja.se/fhir/ValueSet/reason-codes';
const LIFE_AREAS = 'https://folja.se/fhir/ValueSet/ibic-life-areas';

/**
 * @returns the FHIR id of a template version's questionnaire for a respondent role, as FhirQuestionnaireResource
 *   serves it: the code with `_` written `.`, `-v<version>-`, the role's token (`KALMAR.BOENDESTOD-v1-provider`)
 */
export function questionnaireId(code, version, role) {
  const token = ROLE_TOKENS[role];
  if (!token) {
    throw new Error(`unknown role ${role}`);
  }
  return `${String(code).replace(/_/g, '.')}-v${version}-${token}`;
}

/** @returns the preview page's address of a version's questionnaire for a role, in the page's language */
export function previewAddress(code, version, role, lang) {
  const address = `/folja/admin/followups/preview/?questionnaire=${encodeURIComponent(questionnaireId(code, version, role))}`;
  return lang === 'en' ? `${address}&lang=en` : address;
}

/** @returns the API's address of a version's document exactly as stored (for downloading it) */
export function documentAddress(code, version) {
  return `/folja/api/v1/followup-templates/${encodeURIComponent(code)}/versions/${version}`;
}

/**
 * Where each JSON path of a document begins: a small reader of JSON text that records, for every value, the line
 * (1-based) of its property name (or of the value itself in an array or at the top). Paths are written as the API
 * writes them: `$`, `$.respondents[0].questionnaire.item[2].type`.
 *
 * @returns a Map from path to line; for text that is not JSON, the paths read before the fault
 */
export function pathLines(text) {
  const lines = new Map();
  let i = 0;
  let line = 1;
  const n = text.length;

  function skip() {
    while (i < n) {
      const c = text[i];
      if (c === '\n') {
        line++;
        i++;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        i++;
      } else {
        break;
      }
    }
  }

  function string() {
    // at the opening quote; returns the decoded string (escapes kept simple: the name only needs to match)
    i++;
    let out = '';
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          out += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[next] ?? next;
          i += 2;
        }
      } else {
        if (c === '\n') {
          throw new Error('line break in a string');
        }
        out += c;
        i++;
      }
    }
    throw new Error('unterminated string');
  }

  function value(path, at) {
    skip();
    if (!lines.has(path)) {
      lines.set(path, at ?? line);
    }
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') {
          throw new Error('a name expected');
        }
        const nameLine = line;
        const name = string();
        skip();
        if (text[i] !== ':') {
          throw new Error(': expected');
        }
        i++;
        value(`${path}.${name}`, nameLine);
        skip();
        if (text[i] === ',') {
          i++;
        } else if (text[i] === '}') {
          i++;
          return;
        } else {
          throw new Error(', or } expected');
        }
      }
    } else if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        skip();
        value(`${path}[${index}]`, line);
        skip();
        if (text[i] === ',') {
          i++;
        } else if (text[i] === ']') {
          i++;
          return;
        } else {
          throw new Error(', or ] expected');
        }
      }
    } else if (c === '"') {
      string();
    } else {
      const match = /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
      if (!match) {
        throw new Error('a value expected');
      }
      i += match[0].length;
    }
  }

  try {
    value('$', null);
  } catch (e) {
    // not JSON: what was read so far still places the errors before the fault
  }
  return lines;
}

/**
 * The line of the document an error's path names: the path itself, or (for a missing property) the nearest
 * enclosing object or array that is there. The line of `is not well-formed JSON (line L, column C)` is L.
 *
 * @returns `{line, text}` (the line's text, trimmed, at most 160 characters) or null when it cannot be placed
 */
export function locate(documentText, lines, error) {
  const all = documentText.split('\n');
  const at = (number) => (number >= 1 && number <= all.length
    ? { line: number, text: all[number - 1].trim().slice(0, 160) } : null);
  const wellFormed = /\(line (\d+), column \d+\)/.exec(error?.message ?? '');
  if (wellFormed) {
    return at(Number(wellFormed[1]));
  }
  let path = error?.field ?? '';
  while (path) {
    if (lines.has(path)) {
      return at(lines.get(path));
    }
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) {
      break;
    }
    path = path.slice(0, cut);
  }
  return null;
}

/**
 * Every refusal of an upload with where it points in the document.
 *
 * @param documentText the text that was sent
 * @param errors the problem's `errors[]`: `[{field, message}]`
 * @returns `[{field, message, line, lineText}]`, `line` null when the path cannot be placed
 */
export function placeErrors(documentText, errors) {
  const lines = pathLines(documentText);
  return errors.map((e) => {
    const place = locate(documentText, lines, e);
    return { field: e.field, message: e.message, line: place?.line ?? null, lineText: place?.text ?? '' };
  });
}

/** @returns Följa's kind of question (`QuestionType`) for a FHIR item, or null for a type outside the subset */
export function questionKind(item) {
  switch (item?.type) {
    case 'group': return 'GROUP';
    case 'display': return 'DISPLAY';
    case 'choice':
      if (item.answerValueSet === REASON_CODES) {
        return 'REASON_CODE';
      }
      if (item.answerValueSet === LIFE_AREAS) {
        return 'LIFE_AREA';
      }
      return item.repeats === true ? 'MULTIPLE_CHOICE' : 'SINGLE_CHOICE';
    case 'integer': return 'INTEGER';
    case 'decimal': return 'DECIMAL';
    case 'date': return 'DATE';
    case 'boolean': return 'BOOLEAN';
    case 'string': return 'SHORT_TEXT';
    case 'text': return 'LONG_TEXT';
    default: return null;
  }
}

function range(item) {
  const value = (url) => {
    const ext = (item.extension ?? []).find((x) => x?.url === `http://hl7.org/fhir/StructureDefinition/${url}`);
    if (!ext) {
      return undefined;
    }
    return ext.valueInteger ?? ext.valueDecimal ?? ext.valueDate;
  };
  const min = value('minValue');
  const max = value('maxValue');
  return min === undefined && max === undefined ? null : { min: min ?? null, max: max ?? null };
}

/**
 * A questionnaire's items as the page lists them.
 *
 * @returns `[{linkId, prefix, text, kind, required, options: [display], range: {min, max} | null,
 *   conditional, items: [...]}]`
 */
export function questionTree(items) {
  return (Array.isArray(items) ? items : []).map((item) => ({
    linkId: String(item?.linkId ?? ''),
    prefix: item?.prefix ?? '',
    text: item?.text ?? '',
    kind: questionKind(item),
    required: item?.required === true,
    options: (item?.answerOption ?? []).map((o) => o?.valueCoding?.display ?? o?.valueCoding?.code ?? ''),
    range: range(item ?? {}),
    conditional: Array.isArray(item?.enableWhen) && item.enableWhen.length > 0,
    items: questionTree(item?.item),
  }));
}

/** @returns how many questions (items that take an answer) a tree holds */
export function countQuestions(tree) {
  return tree.reduce((sum, q) => sum + (q.kind === 'GROUP' || q.kind === 'DISPLAY' ? 0 : 1) + countQuestions(q.items), 0);
}

/**
 * What a template version's document holds, for the version's view; the questionnaires' texts in `lang` where they
 * have a translation into it.
 *
 * @param document the parsed template document
 * @returns `{title: {sv, en}, purpose: {sv, en} | null, roles: [{role, title, questions}], occasions: [{code, kind,
 *   weeks, months}], interventionTypes: [], ageYears: {min, max} | null}`
 */
export function describeTemplate(document, lang) {
  const respondents = Array.isArray(document?.respondents) ? document.respondents : [];
  return {
    title: document?.title ?? {},
    purpose: document?.purpose ?? null,
    roles: respondents.map((r) => {
      const questionnaire = inLanguage(r?.questionnaire ?? {}, lang);
      return { role: r?.role, title: questionnaire.title ?? '', questions: questionTree(questionnaire.item) };
    }),
    occasions: (document?.occasions ?? []).map((o) => ({ code: o?.code, kind: o?.kind, weeks: o?.weeks ?? null,
      months: o?.months ?? null })),
    interventionTypes: document?.population?.interventionTypes ?? [],
    ageYears: document?.population?.ageYears ?? null,
  };
}

/** @returns today as `yyyy-mm-dd` in Swedish time */
export function today(now = new Date()) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(now);
}

/**
 * The body of `POST /admin/followup-enablements` from the enable form's values.
 *
 * @param values `{unit, version, from, to}` as strings; `version` '' for the latest, `to` '' for open-ended
 */
export function enableBody(template, values) {
  const body = { template, unit: (values.unit ?? '').trim() };
  const version = (values.version ?? '').trim();
  if (version) {
    body.version = /^\d+$/.test(version) ? Number(version) : version;
  }
  const from = (values.from ?? '').trim();
  if (from) {
    body.from = from;
  }
  const to = (values.to ?? '').trim();
  if (to) {
    body.to = to;
  }
  return body;
}

/**
 * The body of `PATCH /admin/followup-enablements/{id}`: only what differs from the enablement as shown; an emptied
 * last day makes it open-ended (`"to": null`).
 *
 * @returns the body, or null when nothing changed
 */
export function changeBody(enablement, values) {
  const body = {};
  const version = (values.version ?? '').trim();
  if (version && version !== String(enablement.version)) {
    body.version = /^\d+$/.test(version) ? Number(version) : version;
  }
  const from = (values.from ?? '').trim();
  if (from !== (enablement.from ?? '')) {
    body.from = from;
  }
  const to = (values.to ?? '').trim();
  if (to !== (enablement.to ?? '')) {
    body.to = to === '' ? null : to;
  }
  return Object.keys(body).length === 0 ? null : body;
}

const COMPARED = ['version', 'from', 'to', 'status'];

/**
 * What differs between two states of an enablement (a change in its history, or what someone else changed since
 * the page read it).
 *
 * @returns `[{field, before, after}]` over version, from, to, status; `before` undefined when there was none
 */
export function enablementDifferences(before, after) {
  if (!after) {
    return [];
  }
  if (!before) {
    return COMPARED.filter((f) => after[f] !== undefined && after[f] !== null)
      .map((field) => ({ field, before: undefined, after: after[field] }));
  }
  return COMPARED.filter((f) => (before[f] ?? null) !== (after[f] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** @returns the enablements of one template, by unit and first day, enabled before disabled */
export function sortEnablements(enablements) {
  return [...enablements].sort((a, b) => (a.status === b.status ? 0 : a.status === 'ENABLED' ? -1 : 1)
    || String(a.unit).localeCompare(String(b.unit)) || String(a.from).localeCompare(String(b.from)) || a.id - b.id);
}

/** @returns whether the enablement is changed only through Karaf's configuration (the API refuses it, 409) */
export function isConfigured(enablement) {
  return enablement?.source === 'CONFIGURATION';
}

/** @returns the enablement's state on `day`: DISABLED, ENDED (its last day passed), PLANNED (not begun) or ACTIVE */
export function enablementState(enablement, day) {
  if (enablement.status === 'DISABLED') {
    return 'DISABLED';
  }
  if (enablement.to && enablement.to < day) {
    return 'ENDED';
  }
  if (enablement.from > day) {
    return 'PLANNED';
  }
  return 'ACTIVE';
}

/**
 * The field errors of the enablement forms: the API's names onto the form's element ids, with the page's own
 * message for each (the API words its messages in English). An error of `template` belongs to no field.
 *
 * @param messages `{unit, version, from, to}`: the page's messages
 * @returns `{apiField: {id, message}}` for formErrors
 */
export function enablementFields(prefix, messages = {}) {
  return {
    unit: { id: `${prefix}-unit`, message: messages.unit },
    version: { id: `${prefix}-version`, message: messages.version },
    from: { id: `${prefix}-from`, message: messages.from },
    to: { id: `${prefix}-to`, message: messages.to },
  };
}
