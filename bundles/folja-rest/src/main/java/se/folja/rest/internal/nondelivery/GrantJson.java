package se.folja.rest.internal.nondelivery;

import java.time.Instant;
import java.time.LocalDate;

import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantStatus;
import se.folja.api.person.LegalGender;

/**
 * A grant, with the client's birth date, age today and legal gender derived from the number.
 *
 * @param ageToday completed years today (Europe/Stockholm)
 * @param status {@code ACTIVE}, or {@code ANNULLED} (entered by mistake: counted nowhere)
 * @param annulmentReason why it was annulled (free text), null while active
 */
public record GrantJson(
        long id,
        String client,
        LocalDate birthDate,
        int ageToday,
        LegalGender legalGender,
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

    static GrantJson of(Grant g, LocalDate today) {
        return new GrantJson(g.id(), g.client().digits(), g.client().birthDate(), g.client().ageAt(today),
                g.client().legalGender(), g.unit(), g.interventionType(), g.sessionsPerWeek(), g.validFrom(),
                g.validTo(), g.changedBy(), g.changedAt(), g.version(), g.status(), g.annulmentReason());
    }

    @Override
    public String toString() {
        return "GrantJson[id=" + id + "]";
    }
}
