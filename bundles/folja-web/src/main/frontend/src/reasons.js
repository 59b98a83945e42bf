// The reason picker's logic without a browser: texts in Swedish and English, grouping the catalogue by
// initiator, the API's address, fetching the dropdown and turning every failure into a message kind.

/** The initiators of the API (`initiator` of GET /reason-codes), in the order the groups are shown. */
export const INITIATORS = Object.freeze(['CLIENT', 'ORGANISATION']);

const TEXTS = Object.freeze({
  sv: Object.freeze({
    label: 'Orsak',
    placeholder: 'Välj orsak',
    loading: 'Hämtar orsaker …',
    groups: Object.freeze({ CLIENT: 'Brukarens orsaker', ORGANISATION: 'Verksamhetens orsaker', OTHER: 'Övriga orsaker' }),
    valueMissing: 'Välj en orsak.',
    unavailable: 'Orsakslistan kunde inte hämtas. Kontrollera anslutningen och försök igen.',
    unauthenticated: 'Du är inte inloggad i Följa, så orsakslistan kan inte visas.',
    login: 'Logga in i Följa',
    forbidden: 'Du har inte behörighet att se orsakslistan.',
    failed: (status) => `Orsakslistan kunde inte hämtas (svar ${status}). Försök igen om en stund.`,
    empty: 'Det finns inga aktiva orsaker att välja.',
    retry: 'Försök igen',
    notListed: 'Välj en orsak som finns i listan.',
    errorPrefix: 'Fel:',
  }),
  en: Object.freeze({
    label: 'Reason',
    placeholder: 'Choose a reason',
    loading: 'Loading reasons …',
    groups: Object.freeze({ CLIENT: "The client's reasons", ORGANISATION: "The organisation's reasons", OTHER: 'Other reasons' }),
    valueMissing: 'Choose a reason.',
    unavailable: 'The list of reasons could not be loaded. Check the connection and try again.',
    unauthenticated: 'You are not logged in to Följa, so the list of reasons cannot be shown.',
    login: 'Log in to Följa',
    forbidden: 'You are not allowed to see the list of reasons.',
    failed: (status) => `The list of reasons could not be loaded (status ${status}). Try again shortly.`,
    empty: 'There are no active reasons to choose from.',
    retry: 'Try again',
    notListed: 'Choose a reason from the list.',
    errorPrefix: 'Error:',
  }),
});

/** @returns `en` for an English language tag (`en`, `en-GB`), otherwise `sv`, the default */
export function language(tag) {
  return typeof tag === 'string' && /^en(-|$)/i.test(tag.trim()) ? 'en' : 'sv';
}

/** @returns the texts of the component in the language of `tag` (Swedish unless English) */
export function texts(tag) {
  return TEXTS[language(tag)];
}

/**
 * Groups the active reasons by initiator, the client's first, then the organisation's, keeping the API's order
 * (its sort order) inside each group; an initiator the component does not know goes into a last group.
 *
 * @param reasons the body of GET /reason-codes: `[{code, label, initiator, sortOrder}]`
 * @param tag the language of the group labels
 * @returns `[{initiator, label, options: [{code, label, initiator}]}]`, without empty groups
 */
export function groupReasons(reasons, tag) {
  const groups = texts(tag).groups;
  const byInitiator = new Map(INITIATORS.map((initiator) => [initiator, []]));
  const other = [];
  for (const reason of reasons) {
    const option = { code: reason.code, label: reason.label, initiator: reason.initiator };
    (byInitiator.get(reason.initiator) ?? other).push(option);
  }
  const result = INITIATORS.map((initiator) => ({ initiator, label: groups[initiator], options: byInitiator.get(initiator) }));
  result.push({ initiator: 'OTHER', label: groups.OTHER, options: other });
  return result.filter((group) => group.options.length > 0);
}

/** @returns the option with `code` among the groups, or undefined */
export function findReason(groups, code) {
  for (const group of groups) {
    const found = group.options.find((option) => option.code === code);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/**
 * The API's base URL, without a trailing slash: the `api-base` attribute when given (relative to the page),
 * otherwise the origin the component's script came from + /folja/api/v1.
 */
export function apiBase(attribute, scriptUrl, pageUrl) {
  if (attribute && attribute.trim()) {
    return new URL(attribute.trim(), pageUrl).href.replace(/\/+$/, '');
  }
  return new URL(scriptUrl).origin + '/folja/api/v1';
}

/**
 * The login page on the API's origin, returning to the page afterwards. Följa's login only returns to a path of
 * its own origin, so `next` is the page's path (and query) when the page is on that origin, otherwise Följa's
 * start page.
 */
export function loginUrl(base, pageUrl) {
  const api = new URL(base);
  const page = new URL(pageUrl);
  const next = page.origin === api.origin ? page.pathname + page.search : '/folja/';
  return `${api.origin}/folja/login?next=${encodeURIComponent(next)}`;
}

/** Why the catalogue could not be shown: an `Error` whose `kind` is `unavailable`, `unauthenticated`, `forbidden` or `failed`. */
export class CatalogueError extends Error {
  constructor(kind, status) {
    super(`reason catalogue ${kind}${status ? ` (${status})` : ''}`);
    this.kind = kind;
    this.status = status;
  }
}

/** @returns the message a `CatalogueError` shows in the language of `tag` */
export function errorMessage(error, tag) {
  const t = texts(tag);
  switch (error.kind) {
    case 'unauthenticated':
      return t.unauthenticated;
    case 'forbidden':
      return t.forbidden;
    case 'failed':
      return t.failed(error.status);
    default:
      return t.unavailable;
  }
}

/**
 * Fetches the active reasons. The browser's HTTP cache keeps the last answer with its ETag; `cache: 'no-cache'`
 * makes every load a conditional request (If-None-Match), so an unchanged catalogue costs a 304 and a changed one
 * is seen at once. Credentials are sent to another origin too (the login cookie, or Basic credentials the browser
 * holds), which Följa's CORS configuration must allow for that origin.
 *
 * @param fetchFn the `fetch` to use
 * @returns the parsed array, or rejects with a `CatalogueError`
 */
export async function fetchReasons(fetchFn, base, tag) {
  let response;
  try {
    response = await fetchFn(`${base}/reason-codes?lang=${language(tag)}`, {
      credentials: 'include',
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
  } catch (e) {
    throw new CatalogueError('unavailable');
  }
  if (response.status === 401) {
    throw new CatalogueError('unauthenticated', 401);
  }
  if (response.status === 403) {
    throw new CatalogueError('forbidden', 403);
  }
  if (!response.ok) {
    throw new CatalogueError('failed', response.status);
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new CatalogueError('failed', response.status);
  }
  if (!Array.isArray(body)) {
    throw new CatalogueError('failed', response.status);
  }
  return body;
}
