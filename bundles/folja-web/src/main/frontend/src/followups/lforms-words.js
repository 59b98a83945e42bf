// LHC-Forms' own UI words in Swedish: its placeholders, yes/no/not answered, its validation messages and the date
// picker's words. LHC-Forms has no language option; Följa's copy of its main.js asks window.foljaLformsWords for
// them once, when the script runs (lforms.mjs, docs/lhc-forms.md). English pages keep LHC-Forms' own words, except
// that dates are written yyyy-mm-dd in both languages.

/** The `Mn` table's keys Följa words in Swedish; LHC-Forms' own entries not named here stay as shipped. */
export const SWEDISH_WORDS = Object.freeze({
  helpTitle: 'Instruktion',
  legalTitle: 'juridisk information',
  placeholderSearchMultiOptionsOrString: 'Sök eller skriv värden',
  placeholderSearchSingleOptionsOrString: 'Sök eller skriv ett värde',
  placeholderSelectMultiOptionsOrString: 'Välj ett eller flera eller skriv ett värde',
  placeholderSelectSingleOptionsOrString: 'Välj ett eller skriv ett värde',
  placeholderSearchMulti: 'Sök värden',
  placeholderSearchSingle: 'Sök ett värde',
  placeholderSelectMulti: 'Välj ett eller flera',
  placeholderSelectSingle: 'Välj ett',
  placeholderDate: 'ÅÅÅÅ-MM-DD',
  placeholderDateTime: 'ÅÅÅÅ-MM-DD TT:MM:SS',
  placeholderTime: 'TT:MM:SS',
  placeholderTypeANumber: 'Skriv ett tal',
  placeholderTypeAValue: 'Skriv ett värde',
  added: 'Tillagd ',
  removed: 'Borttagen ',
  errorMessages: {
    BL: 'måste vara sant eller falskt.',
    INT: 'måste vara ett heltal.',
    REAL: 'måste vara ett decimaltal.',
    ST: 'måste vara en text.',
    TX: 'måste vara en text.',
    BIN: 'måste vara ett binärt värde.',
    DT: 'måste vara ett datum.',
    DTM: 'måste vara ett datum och en tid.',
    TM: 'måste vara en tid.',
    RTO: 'måste vara ett förhållande.',
    QTY: 'måste vara ett decimaltal.',
    NR: 'måste vara två tal åtskilda av ^.',
    YEAR: 'måste vara ett årtal.',
    MONTH: 'måste vara en månad.',
    DAY: 'måste vara en dag.',
    URL: 'måste vara en giltig webbadress.',
    EMAIL: 'måste vara en giltig e-postadress.',
    PHONE: 'måste vara ett giltigt telefonnummer.',
  },
  requiresAValue: 'måste besvaras',
  mustBeGreater: 'måste vara större än {lformsParam}.',
  mustBeGreaterOrEqual: 'måste vara minst {lformsParam}.',
  mustBeLess: 'måste vara mindre än {lformsParam}.',
  mustBeLessOrEqual: 'måste vara högst {lformsParam}.',
  mustHaveTotalLength: 'måste vara {lformsParam} tecken lång.',
  mustHaveTotalLengthLessOrEqual: 'får vara högst {lformsParam} tecken lång.',
  mustHaveTotalLengthGreaterOrEqual: 'måste vara minst {lformsParam} tecken lång.',
  mustMatchRegex: 'måste följa mönstret {lformsParam}.',
  mustNotHaveMoreDecimalPlaces: 'får ha högst {lformsParam} decimaler.',
  mustNotHaveMoreAnswers: 'får ha högst {lformsParam} svar.',
  mustNotHaveLessAnswers: 'måste ha minst {lformsParam} svar.',
  booleanYes: 'Ja',
  booleanNo: 'Nej',
  booleanNotAnswered: 'Inte besvarad',
  pleaseEnterInfoForTheBlank: 'Fyll i fältet "{lformsParam}".',
  other: 'Annat',
});

/** The date picker's and calendar's words (ng-zorro's `lang`) in Swedish. */
export const SWEDISH_DATE_PICKER_WORDS = Object.freeze({
  placeholder: 'Välj datum',
  today: 'Idag',
  now: 'Nu',
  backToToday: 'Tillbaka till idag',
  ok: 'OK',
  clear: 'Rensa',
  month: 'Månad',
  year: 'År',
  timeSelect: 'Välj tid',
  dateSelect: 'Välj datum',
  monthSelect: 'Välj månad',
  yearSelect: 'Välj år',
  decadeSelect: 'Välj årtionde',
  previousMonth: 'Föregående månad (Page Up)',
  nextMonth: 'Nästa månad (Page Down)',
  previousYear: 'Föregående år (Ctrl + vänster)',
  nextYear: 'Nästa år (Ctrl + höger)',
  previousDecade: 'Föregående årtionde',
  nextDecade: 'Nästa årtionde',
  previousCentury: 'Föregående sekel',
  nextCentury: 'Nästa sekel',
});

/** LHC-Forms' accessible names of its buttons and sections, before the question's text (lforms.mjs). */
export const SWEDISH_ARIA_LABELS = Object.freeze({
  'add button for ': 'Lägg till en rad i ',
  'Checkbox Other for ': 'Kryssruta Annat för ',
  'Copyright button for ': 'Upphovsrätt, knapp för ',
  'Copyright notice for ': 'Upphovsrätt för ',
  'Help button for ': 'Hjälp, knapp för ',
  'Help for question ': 'Hjälp för frågan ',
  'Instruction for ': 'Instruktion för ',
  'Legal button for ': 'Juridisk information, knapp för ',
  'Legal for ': 'Juridisk information för ',
  'Legal for question ': 'Juridisk information för frågan ',
  'Other values for ': 'Andra värden för ',
});

/** @returns the accessible name's beginning LHC-Forms is to use for its English `prefix` on a page in `lang` */
export function ariaLabelPrefix(prefix, lang) {
  return lang === 'sv' ? SWEDISH_ARIA_LABELS[prefix] ?? prefix : prefix;
}

/** The tooltip of a required question's asterisk. */
export const REQUIRED = Object.freeze({ sv: 'Obligatorisk', en: 'Required' });

/** Dates as Följa writes them, in both languages: the input shows and reads yyyy-MM-dd. */
const ISO_DATES = Object.freeze({
  dateFormat: 'yyyy-MM-dd',
  dateTimeFormat: 'yyyy-MM-dd HH:mm:ss',
  placeholderDate: 'YYYY-MM-DD',
  placeholderDateTime: 'YYYY-MM-DD HH:MM:SS',
});

/**
 * @param defaults LHC-Forms' own table (what its main.js would use)
 * @param lang the page's language
 * @returns the table LHC-Forms is to use: Swedish words over its own for `sv`; for both, dates written yyyy-mm-dd
 *     (and read first as such)
 */
export function lformsWords(defaults, lang) {
  const words = { ...defaults, ...ISO_DATES };
  if (lang === 'sv') {
    Object.assign(words, SWEDISH_WORDS, { errorMessages: { ...defaults.errorMessages, ...SWEDISH_WORDS.errorMessages } });
  }
  if (Array.isArray(defaults.parsedDateFormats)) {
    words.parsedDateFormats = ['YYYY-MM-DD', ...defaults.parsedDateFormats.filter((f) => f !== 'YYYY-MM-DD')];
  }
  return words;
}
