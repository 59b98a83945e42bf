// What a form shows when the API refuses a request: a message beside each field the API's problem+json names
// (errors[].field), and the same messages in the error summary at the top, each linking to its field (the GOV.UK
// error summary pattern). A failure that names no field is one summary line.

const GENERAL = Object.freeze({
  sv: Object.freeze({
    unreachable: 'Följa kunde inte nås. Kontrollera anslutningen och försök igen.',
    forbidden: 'Du har inte behörighet att göra det här.',
    notFound: 'Det du ville ändra finns inte längre. Ladda om sidan.',
    conflict: 'Någon annan har ändrat detta sedan du läste det. Ladda om för att se den nya versionen.',
    tooMany: 'För många försök. Vänta en stund och försök igen.',
    failed: 'Något gick fel i Följa. Försök igen om en stund.',
    invalid: 'Uppgifterna kunde inte sparas. Rätta det som är markerat.',
  }),
  en: Object.freeze({
    unreachable: 'Följa could not be reached. Check the connection and try again.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'What you wanted to change no longer exists. Reload the page.',
    conflict: 'Someone else has changed this since you read it. Reload to see the new version.',
    tooMany: 'Too many attempts. Wait a moment and try again.',
    failed: 'Something went wrong in Följa. Try again shortly.',
    invalid: 'The details could not be saved. Correct what is marked.',
  }),
});

/** @returns the one-line message for a failure that names no field, in `lang` */
export function generalMessage(error, lang) {
  const t = GENERAL[lang] ?? GENERAL.sv;
  switch (error?.status) {
    case 0: return t.unreachable;
    case 400: case 422: return t.invalid;
    case 403: return t.forbidden;
    case 404: case 410: return t.notFound;
    case 409: case 412: return t.conflict;
    case 429: return t.tooMany;
    default: return t.failed;
  }
}

/**
 * Sorts an ApiError's field errors onto a form's fields.
 *
 * @param error the ApiError (or any error: then one general line)
 * @param fields `{apiField: {id, message}}`: the element id of the field that shows the API field's error, and the
 *        page's own message for it in the page's language (the API words its messages in English); a field
 *        without `message` shows the API's message
 * @param lang the page's language
 * @returns `{byId: {elementId: message}, summary: [{href, message}]}`: `href` is `#elementId`, or null for an
 *          error that belongs to no field on the form
 */
export function formErrors(error, fields, lang) {
  const byId = {};
  const summary = [];
  const fieldErrors = Array.isArray(error?.errors) ? error.errors : [];
  for (const { field, message } of fieldErrors) {
    const known = fields[field] ?? fields[field.split(/[.[]/)[0]];
    const text = (known?.message) || message;
    if (known) {
      if (!(known.id in byId)) {
        byId[known.id] = text;
        summary.push({ href: `#${known.id}`, message: text });
      }
    } else {
      summary.push({ href: null, message: text });
    }
  }
  if (summary.length === 0) {
    summary.push({ href: null, message: generalMessage(error, lang) });
  }
  return { byId, summary };
}
