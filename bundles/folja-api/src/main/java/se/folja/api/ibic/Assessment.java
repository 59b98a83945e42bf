package se.folja.api.ibic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * An assessment (<em>bedömning</em>) of a client's needs at a date by a case officer at a unit. Corrections make a
 * new revision and keep the earlier ones; an assessment is never deleted.
 *
 * @param id Följa's number
 * @param client the client
 * @param unit the unit's code
 * @param assessedOn the day of the assessment
 * @param caseOfficer the case officer (<em>handläggare</em>)
 * @param mappingVersion the term-mapping version the needs were resolved with
 * @param lifeAreasVersion the life areas' version the codes were mapped with
 * @param needs in the order given
 * @param changedBy login name of whoever made the latest revision
 * @param changedAt when
 * @param version the revision: 1 when recorded, one more with every correction
 * @since 1.0.0
 */
public record Assessment(long id, PersonalIdentityNumber client, String unit, LocalDate assessedOn, String caseOfficer,
        long mappingVersion, String lifeAreasVersion, List<Need> needs, String changedBy, Instant changedAt,
        long version) {

    public Assessment {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(caseOfficer, "caseOfficer");
        Objects.requireNonNull(lifeAreasVersion, "lifeAreasVersion");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        needs = List.copyOf(needs);
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Assessment[id=" + id + ", unit=" + unit + ", " + assessedOn + ", needs=" + needs.size() + ", version="
                + version + "]";
    }
}
