// A FHIR Questionnaire in the page's language. A template's questionnaire is written in its own language
// (`language`, Swedish for the built-in ones) and may give each title, item text and option display in the other
// language as FHIR's translation extension on the primitive (`_title`, `_text`, `_display`), as Följa's template
// format allows (docs/followup-templates.md). No DOM here: node tests cover it.

export const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/**
 * @param element a primitive's element (`_text`), or undefined
 * @returns the translation into `lang` the element holds, or undefined when it has none
 */
export function translationOf(element, lang) {
  for (const ext of element?.extension ?? []) {
    if (ext?.url !== TRANSLATION) {
      continue;
    }
    const parts = ext.extension ?? [];
    const code = parts.find((p) => p?.url === 'lang')?.valueCode;
    const content = parts.find((p) => p?.url === 'content')?.valueString;
    if (code === lang && typeof content === 'string' && content !== '') {
      return content;
    }
  }
  return undefined;
}

/** Puts the translation of `owner[name]` into `lang` in its place, if it has one, and drops the translations. */
function localize(owner, name, lang) {
  if (!owner || typeof owner !== 'object') {
    return;
  }
  const translated = translationOf(owner[`_${name}`], lang);
  if (translated !== undefined && typeof owner[name] === 'string') {
    owner[name] = translated;
  }
  delete owner[`_${name}`];
}

/** Visits every item of a questionnaire's `item` array, each group's children right after it (document order). */
export function walkItems(items, visit) {
  for (const item of Array.isArray(items) ? items : []) {
    visit(item);
    walkItems(item?.item, visit);
  }
}

/**
 * A copy of the questionnaire as a page in `lang` shows it: its title, every item's text and every option's
 * display in `lang` where the questionnaire gives a translation into it, otherwise as written (in the
 * questionnaire's own language). The translations themselves are left out of the copy: LHC-Forms reads none.
 */
export function inLanguage(questionnaire, lang) {
  const copy = structuredClone(questionnaire);
  if (!copy || typeof copy !== 'object') {
    return copy;
  }
  localize(copy, 'title', lang);
  walkItems(copy.item, (item) => {
    localize(item, 'text', lang);
    for (const option of Array.isArray(item?.answerOption) ? item.answerOption : []) {
      localize(option?.valueCoding, 'display', lang);
    }
  });
  return copy;
}
