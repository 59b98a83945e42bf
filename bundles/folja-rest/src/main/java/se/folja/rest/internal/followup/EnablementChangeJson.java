package se.folja.rest.internal.followup;

import java.time.Instant;

import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementChangeKind;

/**
 * One change of an enablement: its kind, who made it when, and the enablement before (absent for
 * {@code ENABLED}) and after.
 *
 * @param changedBy the login name of who made the change; given to administrators only
 */
public record EnablementChangeJson(long revision, EnablementChangeKind kind, String changedBy, Instant changedAt,
        EnablementJson before, EnablementJson after) {

    static EnablementChangeJson of(EnablementChange change, boolean showWho) {
        return new EnablementChangeJson(change.after().revision(), change.kind(),
                showWho ? change.after().changedBy() : null, change.after().changedAt(),
                change.before() == null ? null : EnablementJson.of(change.before(), showWho),
                EnablementJson.of(change.after(), showWho));
    }
}
