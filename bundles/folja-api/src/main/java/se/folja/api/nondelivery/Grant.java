package se.folja.api.nondelivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A granted intervention (<em>beviljad insats</em>): how many sessions a week a client is granted at a unit.
 * Grants are the denominator of every rate (cancelled sessions ÷ granted sessions). A changed decision is a
 * new grant; the old one is ended, never deleted. A grant entered by mistake is annulled: it stays, with its
 * history, and counts nowhere (week view, exports, summary).
 *
 * @param id Följa's identifier
 * @param client the client; birth date, age and legal gender follow from the number
 * @param unit the unit's code
 * @param interventionType the intervention type's code
 * @param sessionsPerWeek granted sessions per week, 1 to 50
 * @param validFrom first day of the grant
 * @param validTo last day of the grant, inclusive; null while open-ended
 * @param changedBy login name of whoever made the latest change
 * @param changedAt when the latest change was made
 * @param version starts at 1, grows by one with every change
 * @param status active, or annulled (entered by mistake; since 1.1.0)
 * @param annulmentReason why it was annulled (free text, personal data), null while active (since 1.1.0)
 * @since 1.0.0
 */
public record Grant(
        long id,
        PersonalIdentityNumber client,
        String unit,
        String interventionType,
        int sessionsPerWeek,
        LocalDate validFrom,
        LocalDate validTo,
        String changedBy,
        Instant changedAt,
        long version,
        GrantStatus status,
        String annulmentReason) {

    public Grant {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(interventionType, "interventionType");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /**
     * An active grant.
     *
     * @since 1.1.0
     */
    public Grant(long id, PersonalIdentityNumber client, String unit, String interventionType, int sessionsPerWeek,
            LocalDate validFrom, LocalDate validTo, String changedBy, Instant changedAt, long version) {
        this(id, client, unit, interventionType, sessionsPerWeek, validFrom, validTo, changedBy, changedAt, version,
                GrantStatus.ACTIVE, null);
    }

    /**
     * @return whether it counts (not annulled)
     * @since 1.1.0
     */
    public boolean active() {
        return status == GrantStatus.ACTIVE;
    }

    /** @return whether the grant is valid on {@code date} (annulled or not) */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Grant[id=" + id + ", unit=" + unit + ", type=" + interventionType + ", sessions=" + sessionsPerWeek
                + ", " + validFrom + ".." + validTo + ", " + status + "]";
    }
}
