package se.folja.api.reasons;

import java.time.Instant;
import java.util.Objects;

/**
 * One reason in the catalogue (<em>orsak</em>), e.g. {@code BORTREST} "Bortrest".
 *
 * <p>A reason is never deleted. A retired reason ({@code active == false}) leaves the dropdown but stays
 * valid for the history that already uses it.
 *
 * @param code stable identifier, upper-case letters, digits and underscores, e.g. {@code BORTREST}
 * @param labelSv Swedish label
 * @param labelEn English label
 * @param initiator who causes a cancellation for this reason
 * @param sortOrder position in the dropdown, ascending; ties are broken by code
 * @param active false once retired
 * @param version starts at 1 and grows by one with every change; equals the latest history revision
 * @param changedAt when the latest change was made
 * @since 1.0.0
 */
public record ReasonCode(
        String code,
        String labelSv,
        String labelEn,
        Initiator initiator,
        int sortOrder,
        boolean active,
        long version,
        Instant changedAt) {

    public ReasonCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelSv, "labelSv");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** @return the label in the given language */
    public String label(Language language) {
        return language == Language.EN ? labelEn : labelSv;
    }

    /** @return a copy with new labels */
    public ReasonCode withLabels(String newLabelSv, String newLabelEn) {
        return new ReasonCode(code, newLabelSv, newLabelEn, initiator, sortOrder, active, version, changedAt);
    }

    /** @return a copy with a new sort order */
    public ReasonCode withSortOrder(int newSortOrder) {
        return new ReasonCode(code, labelSv, labelEn, initiator, newSortOrder, active, version, changedAt);
    }

    /** @return a copy that is active or retired */
    public ReasonCode withActive(boolean newActive) {
        return new ReasonCode(code, labelSv, labelEn, initiator, sortOrder, newActive, version, changedAt);
    }
}
