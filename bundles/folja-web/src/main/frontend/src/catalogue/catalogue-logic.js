// The catalogue page's logic without a browser: ETags from versions, the order the reason catalogue keeps, where a
// reason moves when it is moved up or down, the request bodies the forms send, and which form field shows which
// field the API names in a refusal.

/** The highest sort order the reason catalogue accepts (CatalogueReasonService.MAX_SORT_ORDER). */
export const MAX_SORT_ORDER = 1_000_000;
/** The gap between reasons when a move must renumber them. */
export const SORT_ORDER_STEP = 10;

/** @returns the ETag the API gives a stored item of this version (a strong tag: `"3"`), for If-Match */
export function etagOf(version) {
  if (!Number.isSafeInteger(version) || version < 0) {
    throw new Error(`not a version: ${version}`);
  }
  return `"${version}"`;
}

/** The catalogue's order: by sort order, then by code (as GET /admin/reason-codes lists it). */
export function compareReasons(a, b) {
  if (a.sortOrder !== b.sortOrder) {
    return a.sortOrder - b.sortOrder;
  }
  if (a.code === b.code) {
    return 0;
  }
  return a.code < b.code ? -1 : 1;
}

/** @returns the reasons in the catalogue's order (a new array) */
export function sortReasons(reasons) {
  return [...reasons].sort(compareReasons);
}

/**
 * The sort orders that move one reason a place up or down in the catalogue's order (retired reasons count, as the
 * table lists them). One reason changes when a free sort order lies strictly between its new neighbours (so the
 * order never depends on how the database compares codes); otherwise every reason is renumbered in steps of
 * {@link SORT_ORDER_STEP} and only those whose number changes are sent.
 *
 * @param reasons the catalogue `[{code, sortOrder, ...}]`
 * @param code the reason to move
 * @param direction `up` or `down`
 * @returns `[{code, sortOrder}]`, the changes to send in this order; empty when the reason cannot move that way
 */
export function planMove(reasons, code, direction) {
  const sorted = sortReasons(reasons);
  const index = sorted.findIndex((r) => r.code === code);
  const step = direction === 'up' ? -1 : direction === 'down' ? 1 : 0;
  if (index < 0 || step === 0) {
    return [];
  }
  const neighbour = sorted[index + step];
  if (!neighbour) {
    return [];
  }
  const beyond = sorted[index + 2 * step];
  let free;
  if (direction === 'up') {
    const low = beyond ? beyond.sortOrder : -1;
    free = freeBetween(low, neighbour.sortOrder, beyond ? undefined : 'high');
  } else {
    const high = beyond ? beyond.sortOrder : MAX_SORT_ORDER + 1;
    free = freeBetween(neighbour.sortOrder, high, beyond ? undefined : 'low');
  }
  if (free !== undefined) {
    return [{ code, sortOrder: free }];
  }
  const desired = [...sorted];
  desired[index] = neighbour;
  desired[index + step] = sorted[index];
  const changes = [];
  desired.forEach((reason, position) => {
    const sortOrder = (position + 1) * SORT_ORDER_STEP;
    if (reason.sortOrder !== sortOrder) {
      changes.push({ code: reason.code, sortOrder });
    }
  });
  return changes;
}

/**
 * A whole number strictly between `low` and `high` within 0..MAX_SORT_ORDER: the middle; next to the edge named by
 * `keepNear` (`high`: just below `high`, `low`: a step above `low`) when the other side is open.
 */
function freeBetween(low, high, keepNear) {
  const min = Math.max(low + 1, 0);
  const max = Math.min(high - 1, MAX_SORT_ORDER);
  if (min > max) {
    return undefined;
  }
  if (keepNear === 'high') {
    return Math.max(min, high - SORT_ORDER_STEP);
  }
  if (keepNear === 'low') {
    return Math.min(max, low + SORT_ORDER_STEP);
  }
  return Math.floor((min + max) / 2);
}

/**
 * A sort order as typed, for the API: a whole number as a number; empty as `undefined` (not sent); anything else as
 * typed, so that the API refuses it and names the field.
 */
export function sortOrderValue(text) {
  const value = String(text ?? '').trim();
  if (value === '') {
    return undefined;
  }
  return /^-?\d{1,9}$/.test(value) ? Number(value) : value;
}

/** The body of POST /admin/reason-codes from the add form's values (labels as typed: the API validates them). */
export function newReasonBody({ code, labelSv, labelEn, initiator, sortOrder }) {
  const body = { code: String(code ?? '').trim(), labelSv: labelSv ?? '', labelEn: labelEn ?? '' };
  if (initiator) {
    body.initiator = initiator;
  }
  const order = sortOrderValue(sortOrder);
  if (order !== undefined) {
    body.sortOrder = order;
  }
  return body;
}

/** The body of PATCH /admin/reason-codes/{code} from the edit form: both labels and the sort order as typed. */
export function reasonEditBody({ labelSv, labelEn, sortOrder }) {
  const body = { labelSv: labelSv ?? '', labelEn: labelEn ?? '' };
  const order = sortOrderValue(sortOrder);
  // an emptied sort order is sent as typed: the API says it must be a number rather than keeping the old one unseen
  body.sortOrder = order === undefined ? String(sortOrder ?? '') : order;
  return body;
}

/** The body of POST /admin/intervention-types or /admin/units. */
export function newListItemBody({ code, labelSv, labelEn }) {
  return { code: String(code ?? '').trim(), labelSv: labelSv ?? '', labelEn: labelEn ?? '' };
}

/** The body of PATCH on an intervention type or unit: both labels as typed. */
export function listItemEditBody({ labelSv, labelEn }) {
  return { labelSv: labelSv ?? '', labelEn: labelEn ?? '' };
}

/**
 * The map formErrors needs: each API field the form can get wrong → the element id of its input (`<prefix>-<field>`)
 * and the page's own message for it.
 *
 * @param prefix the form's id prefix, e.g. `reason-new`
 * @param apiFields the API fields the form has, e.g. `['code', 'labelSv']`
 * @param messages `{field: message}` in the page's language
 */
export function fieldMap(prefix, apiFields, messages) {
  const map = {};
  for (const field of apiFields) {
    map[field] = { id: `${prefix}-${field}`, message: messages[field] };
  }
  if (apiFields.includes('code') && messages.codeExists) {
    map.codeExists = { id: `${prefix}-code`, message: messages.codeExists };
  }
  return map;
}

/**
 * A refusal of adding an item: a 409 means the code exists already, which is the code field's error (named
 * `codeExists`, so that the page says that rather than how a code is written), not a conflict of versions.
 * Anything else is the API's own answer.
 *
 * @returns the error to hand to formErrors
 */
export function addRefusal(error) {
  if (error?.status === 409) {
    return { status: 400, errors: [{ field: 'codeExists', message: error.detail || 'exists already' }] };
  }
  return error;
}

/** The fields a history entry shows before → after, in this order. */
export const HISTORY_FIELDS = Object.freeze(['labelSv', 'labelEn', 'initiator', 'sortOrder', 'active']);

/**
 * What one history entry changed: `[{field, before, after}]` for each changed field (before is undefined for the
 * entry that created the reason).
 */
export function historyChanges(change) {
  const fields = Array.isArray(change?.changedFields) ? change.changedFields : [];
  return HISTORY_FIELDS.filter((field) => fields.includes(field)).map((field) => ({
    field,
    before: change.before ? change.before[field] : undefined,
    after: change.after ? change.after[field] : undefined,
  }));
}

/** @returns a copy of `items` with `item` in the place of the one with its code (added when there is none) */
export function replaceItem(items, item) {
  const index = items.findIndex((i) => i.code === item.code);
  if (index < 0) {
    return [...items, item];
  }
  const copy = [...items];
  copy[index] = item;
  return copy;
}
