// LHC-Forms in a Följa page: loads it once (classic scripts at the end of <body>, in the order its build needs, from
// Följa's own copy: LFORMS_BASE, set by build.mjs), renders a FHIR Questionnaire into a container with Följa's value
// sets expanded into the questions, reads the answers back as a QuestionnaireResponse, and shows the API's errors
// about questions (`item[<linkId>]`) beside them. docs/lhc-forms.md tells the whole story.
/* global LFORMS_BASE */
import { inLanguage } from '../shared/questionnaire-language.js';
import {
  ariaLabelPrefix, lformsWords, REQUIRED, SWEDISH_DATE_PICKER_WORDS,
} from './lforms-words.js';
import {
  decimalForDisplay, decimalFromInput, responseForApi, valueSetsUsed, withExpandedValueSets,
} from './questionnaire-model.js';

const SCRIPTS = [
  'webcomponent/assets/lib/zone.min.js',
  'webcomponent/runtime.js',
  'webcomponent/polyfills.js',
  'webcomponent/main.js',
  'fhir/R4/lformsFHIR.min.js',
];

let loading = null;

function element(tag, attributes) {
  const node = document.createElement(tag);
  Object.assign(node, attributes);
  return node;
}

function loaded(node) {
  return new Promise((resolve, reject) => {
    node.addEventListener('load', () => resolve(), { once: true });
    node.addEventListener('error', () => reject(new Error(`could not load ${node.src || node.href}`)), { once: true });
  });
}

/**
 * Loads LHC-Forms once per page, its own words in `lang` (fixed for the page's life: LHC-Forms reads them once).
 *
 * @returns a promise of `window.LForms`
 */
export function loadLforms(lang) {
  if (!loading) {
    window.foljaLformsWords = (defaults) => lformsWords(defaults, lang);
    window.foljaLformsDatePickerWords = lang === 'sv' ? { ...SWEDISH_DATE_PICKER_WORDS } : {};
    window.foljaLformsRequired = REQUIRED[lang] ?? REQUIRED.sv;
    window.foljaLformsAria = (prefix) => ariaLabelPrefix(prefix, lang);
    // Swedish month and weekday names (Angular's Swedish locale data, locales/sv.js), weeks from Monday
    window.foljaLformsLocaleId = lang === 'sv' ? 'sv' : undefined;
    window.foljaLformsFirstDayOfWeek = lang === 'sv' ? 1 : undefined;
    loading = (async () => {
      const style = element('link', { rel: 'stylesheet', href: `${LFORMS_BASE}webcomponent/styles.css` });
      const styleLoaded = loaded(style);
      document.head.append(style);
      for (const file of lang === 'sv' ? ['locales/sv.js', ...SCRIPTS] : SCRIPTS) {
        const script = element('script', { src: LFORMS_BASE + file, async: false });
        const done = loaded(script);
        document.body.append(script);
        await done;
      }
      await styleLoaded;
      return window.LForms;
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/**
 * Fetches the expansions of the Följa value sets the questionnaire names, in `lang`, and returns the questionnaire
 * in `lang` (its texts' translations, where it has them) with the expansions as answer options.
 *
 * @param api the page's Api
 */
export async function prepareQuestionnaire(api, questionnaire, lang) {
  const expansions = {};
  for (const id of valueSetsUsed(questionnaire)) {
    expansions[id] = (await api.get(`/fhir/ValueSet/${id}/$expand`, { query: { displayLanguage: lang } })).body;
  }
  return withExpandedValueSets(inLanguage(questionnaire, lang), expansions);
}

/**
 * Renders a (prepared) questionnaire into `container` (an element with an id), with `response` (a
 * QuestionnaireResponse) filled in when given. Resolves once the form is on the page.
 */
export async function renderQuestionnaire(container, questionnaire, lang, { response = null } = {}) {
  const LForms = await loadLforms(lang);
  container.replaceChildren();
  const options = { prepopulate: false };
  if (response) {
    options.questionnaireResponse = response;
  }
  await LForms.Util.addFormToPage(questionnaire, container.id, options);
  labelForm(container);
  decimalComma(container, lang);
  repairAria(container);
  return container.querySelector('wc-lhc-form');
}

/**
 * The form's answers as the API takes them, or null while LHC-Forms holds a value it cannot read (e.g. letters in
 * a number field): LHC-Forms then gives no response at all, and `formValidationErrors` says what is wrong.
 */
export function readResponse(container, answeredOn) {
  const fromForm = window.LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', container);
  return fromForm ? responseForApi(fromForm, answeredOn) : null;
}

const NATIVE_VALUE = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

/**
 * Decimal questions as Swedish is written: LHC-Forms reads and writes only a point, so each decimal field gets its
 * own `value` property over the browser's: what LHC-Forms (Angular's value accessor) reads has a typed comma turned
 * into a point, and what it writes in (e.g. a reopened response's 7.5) is shown with a comma on a Swedish page. The
 * field's text is the user's (7,5); LHC-Forms' model and so the QuestionnaireResponse hold the number (7.5). Fields
 * added later (a repeating group's new entry) get it too.
 */
function decimalComma(container, lang) {
  if (container.dataset.decimalComma) {
    return;
  }
  container.dataset.decimalComma = 'true';
  const patch = (input) => {
    if (Object.prototype.hasOwnProperty.call(input, 'value')) {
      return;
    }
    const shown = NATIVE_VALUE.get.call(input);
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return decimalFromInput(NATIVE_VALUE.get.call(this));
      },
      set(value) {
        const text = decimalForDisplay(value, lang);
        if (NATIVE_VALUE.get.call(this) !== text) {
          NATIVE_VALUE.set.call(this, text);
        }
      },
    });
    if (shown) {
      input.value = shown;
    }
  };
  const scan = () => {
    for (const input of container.querySelectorAll('lhc-item.lhc-datatype-REAL input')) {
      if (input.closest('lhc-item').classList.contains('lhc-datatype-REAL')) {
        patch(input);
      }
    }
  };
  scan();
  new MutationObserver(scan).observe(container, { subtree: true, childList: true });
}

/**
 * @returns LHC-Forms' own validation errors (e.g. a value out of range) as `[{elementId, message}]`, empty when
 *     the form has none
 */
export function formValidationErrors(container) {
  const errors = window.LForms.Util.checkValidity(container);
  return Array.isArray(errors) ? errors : [];
}

/**
 * The row of the question `linkId`: LHC-Forms' `<lhc-item id="item-<linkId>/1">` (the first entry of a repeating
 * group; a nested question's id carries its groups' entry numbers, `item-<linkId>/1/1`).
 */
export function questionRow(container, linkId) {
  return [...container.querySelectorAll('lhc-item[id]')]
    .find((row) => row.id.startsWith(`item-${linkId}/`) && /^(\/\d+)+$/.test(row.id.slice(`item-${linkId}`.length)))
    ?? null;
}

/**
 * The row of the question `linkId` in one entry of its groups: `entry` the groups' entry numbers (unansweredEntries),
 * LHC-Forms' `<lhc-item id="item-<linkId>/<entry numbers>/…">`; null when there is no such row.
 */
export function questionRowInEntry(container, linkId, entry) {
  const prefix = `item-${linkId}/${entry.join('/')}`;
  return [...container.querySelectorAll('lhc-item[id]')]
    .find((row) => row.id === prefix || (row.id.startsWith(`${prefix}/`) && /^(\/\d+)+$/.test(row.id.slice(prefix.length))))
    ?? null;
}

/** The input of a question's row that takes the focus (a link in the error summary goes there). */
export function questionInput(container, linkId) {
  return rowInput(questionRow(container, linkId));
}

function rowInput(row) {
  return row?.querySelector('input:not([type=hidden]), textarea, select, button') ?? null;
}

/**
 * Shows `messages` `{linkId: text}` beside their questions (an error line above the input, the input
 * aria-invalid and described by it) and removes earlier ones. A question in a repeating group gets it in its first
 * entry, or in the entries `entries[linkId]` names (`[[1, 2], …]`, see errorEntries).
 *
 * @returns `{linkId: id of the input}` of the questions found (the first of its entries), for the error summary's
 *     links
 */
export function showQuestionErrors(container, messages, entries = {}) {
  for (const old of container.querySelectorAll('.folja-question-error')) {
    old.remove();
  }
  for (const input of container.querySelectorAll('[data-folja-error]')) {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ')
      .filter((id) => id && id !== input.dataset.foljaError).join(' ');
    if (described) {
      input.setAttribute('aria-describedby', described);
    } else {
      input.removeAttribute('aria-describedby');
    }
    delete input.dataset.foljaError;
  }
  const targets = {};
  let n = 0;
  for (const [linkId, text] of Object.entries(messages)) {
    const inEntries = (entries[linkId] ?? []).map((entry) => questionRowInEntry(container, linkId, entry))
      .filter(Boolean);
    const rows = inEntries.length > 0 ? inEntries : [questionRow(container, linkId)].filter(Boolean);
    for (const row of rows) {
      const id = `folja-question-error-${++n}`;
      const line = element('p', { id, className: 'folja-question-error field-error' });
      line.textContent = text;
      row.classList.add('folja-question--error');
      row.prepend(line);
      const input = rowInput(row);
      if (input) {
        if (!input.id) {
          input.id = `folja-question-input-${n}`;
        }
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
        input.dataset.foljaError = id;
      }
      targets[linkId] ??= input ? input.id : id;
    }
  }
  for (const row of container.querySelectorAll('.folja-question--error')) {
    if (!row.querySelector('.folja-question-error')) {
      row.classList.remove('folja-question--error');
    }
  }
  return targets;
}

/** Whatever LHC-Forms leaves unnamed for assistive technology gets a name. */
function labelForm(container) {
  const form = container.querySelector('wc-lhc-form');
  form?.setAttribute('role', 'group');
}

/**
 * Two ARIA slips of LHC-Forms 40.1.3 that axe-core reports, mended as the form changes: an `aria-controls` naming
 * an element that does not exist (the "add another" button of a repeating group) is removed, and a combobox whose
 * list is open gets `aria-controls` naming that list (LHC-Forms' one shared `#lhc-tools-searchResults`).
 */
function repairAria(container) {
  if (container.dataset.ariaRepaired) {
    return;
  }
  container.dataset.ariaRepaired = 'true';
  const mend = () => {
    for (const element of container.querySelectorAll('[aria-controls]')) {
      const ids = element.getAttribute('aria-controls').split(/\s+/).filter(Boolean);
      if (element.getAttribute('role') !== 'combobox' && !ids.every((id) => document.getElementById(id))) {
        element.removeAttribute('aria-controls');
      }
    }
    const list = document.getElementById('lhc-tools-searchResults');
    for (const box of container.querySelectorAll('input[role=combobox]')) {
      if (list && box.getAttribute('aria-controls') !== list.id) {
        box.setAttribute('aria-controls', list.id);
      } else if (!list && box.hasAttribute('aria-controls')) {
        box.removeAttribute('aria-controls');
      }
    }
  };
  mend();
  new MutationObserver(mend).observe(container, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-controls', 'aria-expanded'],
  });
}
