// The follow-up page's logic without DOM: questionnaire ids, grouping the due occasions, a response's history as
// rows of changes. node tests cover it.

const ROLE_TOKENS = Object.freeze({ CASE_OFFICER: 'caseofficer', PROVIDER: 'provider', CLIENT: 'client' });
const ID = /^([A-Z0-9.-]{2,40})-v([1-9][0-9]{0,8})-(caseofficer|provider|client)$/;

/** @returns the FHIR Questionnaire id of a template version's questionnaire for a role: `ORS-v1-client` */
export function questionnaireId(template, version, role) {
  return `${template.replaceAll('_', '.')}-v${version}-${ROLE_TOKENS[role]}`;
}

/** @returns `{code, version, role}` of a questionnaire id (code as the template's, `_` again), or null */
export function parseQuestionnaireId(id) {
  const match = ID.exec(id ?? '');
  if (!match) {
    return null;
  }
  const role = Object.keys(ROLE_TOKENS).find((r) => ROLE_TOKENS[r] === match[3]);
  return { code: match[1].replaceAll('.', '_'), version: Number(match[2]), role };
}

/** @returns the respondent role (CASE_OFFICER, PROVIDER, CLIENT) an id names, or null */
export function roleOfQuestionnaireId(id) {
  return parseQuestionnaireId(id)?.role ?? null;
}

/**
 * The due occasions grouped as staff work through them: per client (enrolment), then per follow-up (template),
 * each occasion with its unanswered roles. Clients with an overdue occasion first, then by the earliest due day.
 *
 * @param due GET /occasions/due's items
 * @returns `[{enrolment, client, unit, responsible, overdue, due, followUps: [{template, version, occasions: [...]}]}]`
 */
export function groupDue(due) {
  const byEnrolment = new Map();
  for (const o of due ?? []) {
    let group = byEnrolment.get(o.enrolment);
    if (!group) {
      group = {
        enrolment: o.enrolment, client: o.client, unit: o.unit, responsible: o.responsible ?? null,
        overdue: false, due: o.due, followUps: [],
      };
      byEnrolment.set(o.enrolment, group);
    }
    group.overdue ||= o.overdue;
    if (o.due < group.due) {
      group.due = o.due;
    }
    let followUp = group.followUps.find((f) => f.template === o.template && f.version === o.version);
    if (!followUp) {
      followUp = { template: o.template, version: o.version, occasions: [] };
      group.followUps.push(followUp);
    }
    followUp.occasions.push({
      occasion: o.occasion, sequence: o.sequence, due: o.due, overdue: o.overdue, unanswered: [...o.unanswered],
    });
  }
  return [...byEnrolment.values()].sort((a, b) => (Number(b.overdue) - Number(a.overdue))
    || a.due.localeCompare(b.due) || a.enrolment - b.enrolment);
}

/** @returns the answers of a response as `{key: text}`: key linkId (with its group entries), text its values */
export function answerTexts(response) {
  const out = {};
  for (const a of response?.answers ?? []) {
    const key = a.linkId + ((a.groupInstances ?? []).length ? ` (${a.groupInstances.join('.')})` : '');
    out[key] = (a.values ?? []).map(valueText).join(', ');
  }
  return out;
}

function valueText(v) {
  if (v.valueCoding) {
    return v.valueCoding.code;
  }
  for (const key of ['valueBoolean', 'valueInteger', 'valueDecimal', 'valueDate', 'valueString']) {
    if (v[key] !== undefined && v[key] !== null) {
      return String(v[key]);
    }
  }
  return '';
}

/**
 * A response's history (GET /responses/{id}/history, oldest first) as rows, newest first: who changed it when and
 * which answers changed (`{question, before, after}`; a text answer's value is not repeated, only that it changed).
 *
 * @param freeText the linkIds whose answers are free text
 */
export function historyRows(history, freeText = new Set()) {
  const rows = [];
  let before = {};
  for (const revision of history ?? []) {
    const after = answerTexts(revision.state);
    const changes = [];
    if (rows.length > 0) {
      for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (before[key] !== after[key]) {
          const hidden = freeText.has(key.split(' ')[0]);
          changes.push({
            question: key,
            before: hidden ? null : (before[key] ?? ''),
            after: hidden ? null : (after[key] ?? ''),
            textChanged: hidden,
          });
        }
      }
    }
    rows.push({
      revision: revision.revision, kind: revision.kind, changedBy: revision.changedBy, changedAt: revision.changedAt,
      changes,
    });
    before = after;
  }
  return rows.reverse();
}

/** @returns the linkIds of the questionnaire's free-text questions (string, text) */
export function freeTextLinkIds(questionnaire) {
  const ids = new Set();
  const walk = (items) => {
    for (const item of items ?? []) {
      if (item.type === 'string' || item.type === 'text') {
        ids.add(item.linkId);
      }
      walk(item.item);
    }
  };
  walk(questionnaire?.item);
  return ids;
}

/** @returns today in Swedish time, yyyy-mm-dd */
export function today(now = new Date()) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** @returns the answer options' labels of the (prepared) questionnaire: `{linkId: {code: display}}` */
export function optionLabels(questionnaire) {
  const labels = {};
  const walk = (items) => {
    for (const item of items ?? []) {
      if (Array.isArray(item.answerOption)) {
        labels[item.linkId] = Object.fromEntries(item.answerOption.filter((o) => o.valueCoding)
          .map((o) => [o.valueCoding.code, o.valueCoding.display ?? o.valueCoding.code]));
      }
      walk(item.item);
    }
  };
  walk(questionnaire?.item);
  return labels;
}

/**
 * A stored response's answers as rows to show: the question's text and the values as a reader understands them
 * (an option's label, yes/no, a decimal comma in Swedish).
 *
 * @param items itemsByLinkId(questionnaire)
 */
export function answerRows(response, questionnaire, labels, items, lang = 'sv') {
  return (response?.answers ?? []).map((a) => {
    const entry = (a.groupInstances ?? []).length ? ` (${a.groupInstances.join('.')})` : '';
    return {
      linkId: a.linkId,
      question: `${items[a.linkId]?.text ?? a.linkId}${entry}`,
      value: (a.values ?? []).map((v) => displayValue(v, labels[a.linkId], lang)).join(', '),
    };
  });
}

function displayValue(v, labels, lang) {
  if (v.valueCoding) {
    return labels?.[v.valueCoding.code] ?? v.valueCoding.display ?? v.valueCoding.code;
  }
  if (v.valueBoolean !== undefined && v.valueBoolean !== null) {
    return v.valueBoolean ? (lang === 'en' ? 'Yes' : 'Ja') : (lang === 'en' ? 'No' : 'Nej');
  }
  if (v.valueDecimal !== undefined && v.valueDecimal !== null) {
    return lang === 'en' ? String(v.valueDecimal) : String(v.valueDecimal).replace('.', ',');
  }
  return valueText(v);
}
