package se.folja.api.lists;

import java.time.Instant;
import java.util.Objects;

import se.folja.api.reasons.Language;

/**
 * One item of an administrator-maintained list, e.g. the intervention type {@code BOENDESTOD} "Boendestöd" or
 * the unit {@code BOSTOD_NORR} "Boendestöd Norr". Never deleted: a retired item cannot be chosen for new
 * registrations or grants but stays valid for those that use it.
 *
 * @param code stable identifier: upper-case letters, digits and underscores
 * @param labelSv Swedish label
 * @param labelEn English label
 * @param active false once retired
 * @param version starts at 1, grows by one with every change
 * @param changedBy login name of whoever made the latest change ({@code system} for shipped items)
 * @param changedAt when the latest change was made
 * @since 1.0.0
 */
public record ListItem(
        String code, String labelSv, String labelEn, boolean active, long version, String changedBy,
        Instant changedAt) {

    public ListItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelSv, "labelSv");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** @return the label in the given language */
    public String label(Language language) {
        return language == Language.EN ? labelEn : labelSv;
    }

    /** @return a copy with the given labels, state and change stamp, at the same version */
    public ListItem with(String newLabelSv, String newLabelEn, boolean newActive, String by, Instant at) {
        return new ListItem(code, newLabelSv, newLabelEn, newActive, version, by, at);
    }
}
