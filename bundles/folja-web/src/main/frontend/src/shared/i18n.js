// The language of Följa's pages: Swedish unless the address asks for English (?lang=en), as on the login page.
// Nothing is kept in browser storage: the language travels in the address and in the pages' links.

/** @returns `en` when the query string asks for English (`?lang=en`), otherwise `sv` */
export function languageOf(search) {
  const lang = new URLSearchParams(search ?? '').get('lang');
  return typeof lang === 'string' && /^en(-|$)/i.test(lang.trim()) ? 'en' : 'sv';
}

/** The page's language, from its address; also sets `<html lang>` so screen readers speak it right. */
export function pageLanguage() {
  const lang = languageOf(location.search);
  document.documentElement.lang = lang;
  return lang;
}

/**
 * A Följa path in a language: `withLanguage('/folja/admin/', 'en')` is `/folja/admin/?lang=en`; Swedish needs no
 * parameter.
 */
export function withLanguage(path, lang) {
  return lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path;
}

/**
 * A translation function over one message file per language: `{sv: {key: 'text' | (args) => 'text'}, en: {...}}`.
 * A key missing in English falls back to Swedish; a key missing in both is an error (a page never shows a key).
 *
 * @returns `t(key, ...args)`
 */
export function translator(messages, lang) {
  const own = messages[lang] ?? messages.sv;
  return (key, ...args) => {
    const message = own[key] ?? messages.sv[key];
    if (message === undefined) {
      throw new Error(`no text for ${key}`);
    }
    return typeof message === 'function' ? message(...args) : message;
  };
}
