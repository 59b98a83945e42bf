// <folja-enrolment-proposals>' logic without a browser: a proposal's key (its grant: never the personnummer, which
// must not end up in an element id or an address), the body that confirms it, and the words for a refusal.
import { generalMessage } from '../shared/errors.js';

/** @returns the key of a proposal in the list and in element ids: `grant-<id>` */
export function proposalKey(proposal) {
  return `grant-${proposal.grant}`;
}

/** @returns the body of `POST /enrolments` that confirms a proposal: from today, with its grant */
export function confirmationBody(proposal, unit, template) {
  return { template: proposal.template ?? template, unit: proposal.unit ?? unit, client: proposal.client,
    grant: proposal.grant };
}

/** @returns why a confirmation was refused, in the element's language */
export function refusalMessage(error, t, lang) {
  if (error?.status === 409) {
    return t('alreadyEnrolled');
  }
  if (error?.status === 400) {
    return t('invalid');
  }
  return generalMessage(error, lang);
}

/**
 * @returns why the proposals could not be read: a 400 means the template is not enabled for the unit today (or the
 *   unit or template is unknown), which is no mistake of the user's
 */
export function loadRefusal(error, t, lang) {
  return error?.status === 400 ? t('notEnabled') : generalMessage(error, lang);
}
