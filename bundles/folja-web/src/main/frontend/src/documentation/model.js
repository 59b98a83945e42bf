// The documentation page's decisions that need no browser: which tag a write-back state shows, which form field
// shows which of the API's field errors, what a correction sends, what the history says, how long the page keeps
// asking for a pending write-back. The page (documentation-page.js) only renders what these return.

/** The most characters a comment may hold (the API's limit). */
export const COMMENT_MAX = 2000;

/** How often the page asks again for a write-back that is pending, and for how long before it offers a button. */
export const POLL_INTERVAL_MS = 2000;
export const POLL_LIMIT_MS = 60000;

/** Tag colour per write-back state as the page shows it. */
const TAGS = {
  PENDING: 'tag--yellow',
  DELIVERED: 'tag--green',
  REJECTED: 'tag--red',
  CLEARED: 'tag--grey',
  NONE: 'tag--grey',
};

/**
 * The write-back state of a registration as one tag: the latest write-back (highest id) decides.
 *
 * @param writeBacks the answer of GET /non-deliveries/{id}/write-backs
 * @param registration the registration (its `imported` flag: an imported one is never written back)
 * @returns `{state, tag, pending, action, attempts, lastError}`: `state` one of PENDING, DELIVERED, REJECTED,
 *          CLEARED (the reason taken off the entry after an annulment), NONE (nothing to write back)
 */
export function writeBackView(writeBacks, registration) {
  const list = Array.isArray(writeBacks) ? [...writeBacks] : [];
  list.sort((a, b) => Number(a.id) - Number(b.id));
  const latest = list[list.length - 1];
  if (!latest) {
    // the outbox row is stored with the registration, so none means: nothing is ever written back (imported),
    // or it is not visible yet, which resolves itself
    const none = Boolean(registration?.imported);
    const state = none ? 'NONE' : 'PENDING';
    return { state, tag: TAGS[state], pending: !none, action: null, attempts: 0, lastError: null };
  }
  let state = ['PENDING', 'DELIVERED', 'REJECTED'].includes(latest.state) ? latest.state : 'PENDING';
  if (state === 'DELIVERED' && latest.action === 'CLEAR_REASON') {
    state = 'CLEARED';
  }
  return {
    state,
    tag: TAGS[state],
    pending: state === 'PENDING',
    action: latest.action ?? null,
    attempts: Number(latest.attempts ?? 0),
    lastError: state === 'REJECTED' ? (latest.lastError || null) : null,
  };
}

/**
 * Whether the page asks for the write-back state again: while it is pending, for at most `limit` since it began.
 */
export function shouldPoll(view, startedAt, now, limit = POLL_LIMIT_MS) {
  return Boolean(view?.pending) && now - startedAt < limit;
}

/**
 * Where the API's field errors of a registration (POST) or correction (PATCH) are shown: the element id of each
 * field, and the page's own message for it. The journal entry's own fields (which the page does not let the user
 * change) go to the entry's summary.
 *
 * @param t the page's translator
 * @param prefix the id prefix of the form (`''` for registering, `correct-` for correcting)
 */
export function registrationFields(t, prefix = '') {
  const entry = { id: `${prefix}entry`, message: t('errEntry') };
  return {
    interventionType: { id: `${prefix}intervention-type`, message: t('errInterventionType') },
    reasonCode: { id: `${prefix}reason`, message: t('errReasonCode') },
    comment: { id: `${prefix}comment`, message: t('errComment') },
    journalEntryId: entry,
    client: entry,
    unit: entry,
    plannedStart: entry,
  };
}

/** Where the API's field errors of an annulment are shown. */
export function annulmentFields(t) {
  return { reason: { id: 'annul-reason', message: t('errAnnulReason') } };
}

/** The body of POST /non-deliveries: empty choices are left out, so the API names them as missing. */
export function registrationBody(journalEntryId, { interventionType, reasonCode, comment }) {
  const body = { journalEntryId };
  if (interventionType) {
    body.interventionType = interventionType;
  }
  if (reasonCode) {
    body.reasonCode = reasonCode;
  }
  if (comment && comment.trim() !== '') {
    body.comment = comment;
  }
  return body;
}

/**
 * The body of PATCH /non-deliveries/{id}: only what the user changed (the API keeps absent fields); an emptied
 * comment is sent as '' (the API removes it).
 *
 * @returns the body, or null when nothing was changed
 */
export function correctionBody(current, { interventionType, reasonCode, comment }) {
  const body = {};
  if ((interventionType ?? '') !== (current.interventionType ?? '')) {
    body.interventionType = interventionType ?? '';
  }
  if ((reasonCode ?? '') !== (current.reasonCode ?? '')) {
    body.reasonCode = reasonCode ?? '';
  }
  const now = (comment ?? '').trim() === '' ? '' : comment;
  if (now !== (current.comment ?? '')) {
    body.comment = now;
  }
  return Object.keys(body).length === 0 ? null : body;
}

/** @returns the characters left of the comment's limit; negative when there are too many */
export function charactersLeft(text, max = COMMENT_MAX) {
  return max - (text ?? '').length;
}

/**
 * The history as the page's table shows it.
 *
 * @param revisions the answer of GET /non-deliveries/{id}/history (oldest first)
 * @param t the page's translator
 * @param formatWhen formats an instant (the page passes formatDateTime)
 * @returns `[{revision, what, who, when, fields}]`, `fields` the changed details' names joined, or '–'
 */
export function historyRows(revisions, t, formatWhen) {
  return (Array.isArray(revisions) ? revisions : []).map((r) => ({
    revision: r.revision,
    what: known(t, `kind${r.kind}`) ?? String(r.kind ?? ''),
    who: r.changedBy ?? '',
    when: formatWhen(r.changedAt),
    fields: (r.changedFields ?? []).length === 0 ? '–'
      : r.changedFields.map((f) => known(t, `field_${f}`) ?? f).join(', '),
  }));
}

/** The label of a code in a list of `{code, label}` (units, intervention types, reasons); the code if unknown. */
export function labelOf(options, code) {
  return (Array.isArray(options) ? options : []).find((o) => o.code === code)?.label ?? code ?? '';
}

function known(t, key) {
  try {
    return t(key);
  } catch (e) {
    return null;
  }
}
