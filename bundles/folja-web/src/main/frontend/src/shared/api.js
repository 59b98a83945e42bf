// Följa's REST API as the pages use it: the login cookie (same origin), the session's CSRF token on every
// state-changing request, ETags for If-Match, and every failure as an ApiError carrying the API's problem+json
// (its `errors[].field` say which field is wrong). Nothing here logs, stores or puts personal data in an address.

export const API_BASE = '/folja/api/v1';

/** A failed request: the HTTP status (0 when the server could not be reached) and the API's problem detail. */
export class ApiError extends Error {
  /**
   * @param status the HTTP status, 0 for a network failure
   * @param problem the problem+json body `{type, title, status, detail, errors: [{field, message}]}`, or null
   */
  constructor(status, problem) {
    super(`request failed (${status})`);
    this.status = status;
    this.title = problem?.title ?? '';
    this.detail = problem?.detail ?? '';
    this.errors = Array.isArray(problem?.errors)
      ? problem.errors.filter((e) => e && typeof e.field === 'string').map((e) => ({ field: e.field, message: String(e.message ?? '') }))
      : [];
  }

  /** @returns whether someone else changed the thing since it was read (412 is how some servers say it) */
  get conflict() {
    return this.status === 409 || this.status === 412;
  }
}

/**
 * The login page, returning to this page afterwards. Only the page's path and language go into `next` — a page
 * never puts personal data in its address.
 */
export function loginAddress(loc = location) {
  const lang = new URLSearchParams(loc.search).get('lang');
  const next = loc.pathname + (lang ? `?lang=${encodeURIComponent(lang)}` : '');
  return `/folja/login?next=${encodeURIComponent(next)}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
}

/**
 * A client of the API for one page. `fetchFn` and `onUnauthenticated` are replaceable for tests; in the page the
 * defaults send the browser to the login page when the session has ended.
 */
export class Api {
  constructor({ fetchFn = (url, init) => fetch(url, init), onUnauthenticated = () => location.assign(loginAddress()) } = {}) {
    this._fetch = fetchFn;
    this._onUnauthenticated = onUnauthenticated;
    this._session = null;
  }

  /**
   * The caller `{user, roles, csrfToken}`, read once per session (GET /session): read again after a 401, as a new
   * login has a new CSRF token. `stayOnPage` as in `request`.
   */
  session({ stayOnPage = false } = {}) {
    if (!this._session) {
      this._session = this.request('GET', '/session', { stayOnPage }).then((answer) => answer.body);
      this._session.catch(() => {
        this._session = null;
      });
    }
    return this._session;
  }

  /** GET `path` (below /folja/api/v1), with optional `query` `{name: value | [values]}`. */
  get(path, { query } = {}) {
    return this.request('GET', path, { query });
  }

  post(path, body, { etag, stayOnPage } = {}) {
    return this.request('POST', path, { body, etag, stayOnPage });
  }

  patch(path, body, { etag } = {}) {
    return this.request('PATCH', path, { body, etag });
  }

  /**
   * POSTs `text` as it is, as `application/json` (a document whose exact bytes matter, e.g. a follow-up template:
   * parsing and writing it again would change them and the lines its errors point at).
   */
  postText(path, text) {
    return this.request('POST', path, { text });
  }

  /**
   * Sends a request with the session cookie; a state-changing one carries the CSRF token and, given `etag`, If-Match.
   * `body` is sent as JSON; `text` (instead of `body`) is sent unchanged as `application/json`. A 401 forgets the
   * session read (its CSRF token) and sends the browser to the login page, unless `stayOnPage`: then the caller keeps
   * what the user typed, says that the login has ended and may send the request again after a new login.
   *
   * @returns `{status, body, etag}` for a 2xx answer (`body` null when there is none)
   * @throws ApiError for any other answer or when the server cannot be reached
   */
  async request(method, path, { query, body, text, etag, stayOnPage = false } = {}) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET' && method !== 'HEAD') {
      headers['X-CSRF-Token'] = (await this.session({ stayOnPage })).csrfToken;
    }
    if (body !== undefined || text !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (etag) {
      headers['If-Match'] = etag;
    }
    let response;
    try {
      response = await this._fetch(API_BASE + path + queryString(query), {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-cache',
        body: text !== undefined ? text : body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, null);
    }
    const parsed = await readBody(response);
    if (response.status === 401) {
      this._session = null;
      if (!stayOnPage) {
        this._onUnauthenticated();
      }
    }
    if (!response.ok) {
      throw new ApiError(response.status, parsed);
    }
    return { status: response.status, body: parsed, etag: response.headers.get('ETag') };
  }
}

function queryString(query) {
  if (!query) {
    return '';
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') {
        params.append(name, String(one));
      }
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readBody(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 204 || !/json/i.test(type)) {
    return null;
  }
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}
