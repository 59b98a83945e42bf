// LHC-Forms in a Följa page: loads it once (classic scripts at the end of <body>, in the order its build needs, from
// Följa's own copy: LFORMS_BASE, set by build.mjs), renders a FHIR Questionnaire into a container with Följa's value
// sets expanded into the questions, reads the answers back as a QuestionnaireResponse, and shows the API's errors
// about questions (`item[<linkId>]`) beside them. docs/lhc-forms.md tells the whole story.
/* global LFORMS_BASE */
import { lformsWords, REQUIRED, SWEDISH_DATE_PICKER_WORDS } from './lforms-words.js';
import { responseForApi, valueSetsUsed, withExpandedValueSets } from './questionnaire-model.js';

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
    loading = (async () => {
      const style = element('link', { rel: 'stylesheet', href: `${LFORMS_BASE}webcomponent/styles.css` });
      const styleLoaded = loaded(style);
      document.head.append(style);
      for (const file of SCRIPTS) {
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
 * with them as answer options.
 *
 * @param api the page's Api
 */
export async function prepareQuestionnaire(api, questionnaire, lang) {
  const expansions = {};
  for (const id of valueSetsUsed(questionnaire)) {
    expansions[id] = (await api.get(`/fhir/ValueSet/${id}/$expand`, { query: { displayLanguage: lang } })).body;
  }
  return withExpandedValueSets(questionnaire, expansions);
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
  acceptDecimalComma(container);
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

/**
 * Lets a decimal question take a decimal comma, as Swedish is written: LHC-Forms reads only a point, so a comma
 * typed in a decimal field becomes a point before LHC-Forms sees the input (a listener on the container, capture
 * phase, runs before LHC-Forms' own on the field).
 */
function acceptDecimalComma(container) {
  if (container.dataset.decimalComma) {
    return;
  }
  container.dataset.decimalComma = 'true';
  container.addEventListener('input', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.closest('lhc-item.lhc-datatype-REAL') && input.value.includes(',')) {
      const caret = input.selectionStart;
      input.value = input.value.replaceAll(',', '.');
      input.setSelectionRange(caret, caret);
    }
  }, true);
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

/** The input of a question's row that takes the focus (a link in the error summary goes there). */
export function questionInput(container, linkId) {
  const row = questionRow(container, linkId);
  return row?.querySelector('input:not([type=hidden]), textarea, select, button') ?? null;
}

/**
 * Shows `messages` `{linkId: text}` beside their questions (an error line above the input, the input
 * aria-invalid and described by it) and removes earlier ones.
 *
 * @returns `{linkId: id of the input}` of the questions found, for the error summary's links
 */
export function showQuestionErrors(container, messages) {
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
    const row = questionRow(container, linkId);
    if (!row) {
      continue;
    }
    const id = `folja-question-error-${++n}`;
    const line = element('p', { id, className: 'folja-question-error field-error' });
    line.textContent = text;
    row.classList.add('folja-question--error');
    row.prepend(line);
    const input = questionInput(container, linkId);
    if (input) {
      if (!input.id) {
        input.id = `folja-question-input-${n}`;
      }
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      input.dataset.foljaError = id;
      targets[linkId] = input.id;
    } else {
      targets[linkId] = id;
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
