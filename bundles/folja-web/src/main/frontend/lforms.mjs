// LHC-Forms (npm lforms) in Följa's web output: the files a page needs from node_modules/lforms/dist/lforms, copied
// to assets/lforms-<version>-<hash>/ (versioned and content-hashed, so the server caches them for good), with its
// licence. One adaptation, the narrowest there is (docs/lhc-forms.md): LHC-Forms keeps its own UI words ("Select
// one", "Not Answered", its validation messages, the date picker's words) in two module-private objects that no
// option reaches, so main.js gets hooks that let a page hand it its words before the script runs:
// window.foljaLformsWords(defaults) returns the words to use (the `Mn` table), and the object
// window.foljaLformsDatePickerWords is spread over the date picker's and calendar's `lang`, and
// window.foljaLformsRequired is the tooltip of a required question's asterisk, window.foljaLformsLocaleId the Angular
// locale the date picker names months and weekdays in (Angular's Swedish locale data copied beside, locales/sv.js),
// window.foljaLformsFirstDayOfWeek the calendar's first weekday, window.foljaLformsAria(prefix) the beginnings of
// its aria-labels. Without the hooks set,
// LHC-Forms behaves exactly as shipped. The build fails if an anchor is not found as expected (a new lforms version:
// check the hooks again).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const LFORMS_DIST = 'node_modules/lforms/dist/lforms';

/** The files a page loads (and those styles.css names), relative to LFORMS_DIST, in loading order for the scripts. */
export const LFORMS_FILES = [
  'webcomponent/styles.css',
  'webcomponent/down_arrow_gray_10_10.png',
  'webcomponent/magnifying_glass.png',
  'webcomponent/assets/lib/zone.min.js',
  'webcomponent/runtime.js',
  'webcomponent/polyfills.js',
  'webcomponent/main.js',
  'fhir/R4/lformsFHIR.min.js',
];

/**
 * The English beginnings of LHC-Forms' `aria-label`s (each followed by the question's text) and how often each occurs
 * in main.js: window.foljaLformsAria(prefix) gives the page's words for them.
 */
export const ARIA_LABEL_PREFIXES = [
  ['add button for ', 1], ['Checkbox Other for ', 1], ['Copyright button for ', 1], ['Copyright notice for ', 1],
  ['Help button for ', 3], ['Help for question ', 3], ['Instruction for ', 3], ['Legal button for ', 3],
  ['Legal for ', 3], ['Legal for question ', 3], ['Other values for ', 4],
];

/** Each replacement: the exact text in main.js, how often it occurs, and what it becomes. */
export const MAIN_JS_HOOKS = [
  {
    anchor: "const Mn=JSON.parse('",
    count: 1,
    replacement: "const Mn=(window.foljaLformsWords||(w=>w))(JSON.parse('",
  },
  {
    anchor: "\"M-D HH:mm\"]}'),on={",
    count: 1,
    replacement: "\"M-D HH:mm\"]}')),on={",
  },
  {
    anchor: '},timePickerLocale:{placeholder:"Select time"',
    count: 2,
    replacement: ',...window.foljaLformsDatePickerWords},timePickerLocale:{placeholder:"Select time"',
  },
  {
    anchor: '"title","Required"',
    count: 2,
    replacement: '"title",window.foljaLformsRequired||"Required"',
  },
  {
    // ng-zorro's en_US locale names the Angular locale its date picker formats month and weekday names with
    anchor: '{locale:"en",Pagination:{',
    count: 1,
    replacement: '{locale:window.foljaLformsLocaleId||"en",Pagination:{',
  },
  {
    // ng-zorro's calendar starts weeks on Sunday unless configured (only zh-cn/zh-tw start on Monday)
    anchor: 'getFirstDayOfWeek(){if(void 0===this.config.firstDayOfWeek){',
    count: 1,
    replacement: 'getFirstDayOfWeek(){if(void 0===this.config.firstDayOfWeek&&void 0!==window.foljaLformsFirstDayOfWeek)'
      + 'return window.foljaLformsFirstDayOfWeek;if(void 0===this.config.firstDayOfWeek){',
  },
  // the accessible names LHC-Forms gives its buttons and sections ("Help button for " + the question, …)
  ...ARIA_LABEL_PREFIXES.map(([prefix, count]) => ({
    anchor: `"aria-label",pe("${prefix}",`,
    count,
    replacement: `"aria-label",pe((window.foljaLformsAria||(w=>w))("${prefix}"),`,
  })),
];

/**
 * Angular's own locale data for Swedish, in its "global" form (it registers itself as globalThis.ng.common.locales.sv,
 * where Angular looks for a locale not registered in the bundle): loaded before main.js on a Swedish page, it gives
 * the date picker Swedish month and weekday names. From Angular's package (@angular/common, MIT, its licence header
 * kept in the file), which lforms depends on.
 */
export const ANGULAR_LOCALES = { 'locales/sv.js': 'node_modules/@angular/common/locales/global/sv.js' };

/** @returns main.js with the hooks in; throws if an anchor is not there as often as expected */
export function hookMainJs(source) {
  let text = source;
  for (const { anchor, count, replacement } of MAIN_JS_HOOKS) {
    const found = text.split(anchor).length - 1;
    if (found !== count) {
      throw new Error(`lforms main.js: "${anchor}" found ${found} times, expected ${count}: check the hooks (lforms.mjs)`);
    }
    text = text.split(anchor).join(replacement);
  }
  return text;
}

/**
 * Copies LHC-Forms into `assetsDirectory`/lforms-<version>-<hash>/.
 *
 * @returns the address the pages load it from, e.g. /folja/assets/lforms-40.1.3-0123abcd/
 */
export async function copyLforms(assetsDirectory) {
  const version = JSON.parse(await readFile('node_modules/lforms/package.json', 'utf8')).version;
  const contents = [];
  for (const file of LFORMS_FILES) {
    let bytes = await readFile(path.join(LFORMS_DIST, file));
    if (file === 'webcomponent/main.js') {
      bytes = Buffer.from(hookMainJs(bytes.toString('utf8')), 'utf8');
    }
    contents.push([file, bytes]);
  }
  for (const [file, source] of Object.entries(ANGULAR_LOCALES)) {
    contents.push([file, await readFile(source)]);
  }
  contents.push(['LICENSE.txt', await readFile(path.join(LFORMS_DIST, 'LICENSE.md'))]);
  const hash = createHash('sha256');
  for (const [file, bytes] of contents) {
    hash.update(file).update(bytes);
  }
  const name = `lforms-${version}-${hash.digest('hex').slice(0, 8)}`;
  for (const [file, bytes] of contents) {
    const target = path.join(assetsDirectory, name, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return `/folja/assets/${name}/`;
}
