package se.folja.api.followup;

import java.time.LocalDate;
import java.util.Objects;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A client a follow-up is meant for and who is not enrolled in it: a grant at the unit that matches the template's
 * population (intervention type, age, how long the intervention has run). Staff confirm it by enrolling.
 *
 * @param grantId the grant
 * @param client the client
 * @param unit the unit
 * @param interventionType the grant's intervention type
 * @param runningSince the first day of the intervention: the grant's, or of the earliest grant of the same client,
 *     unit and type that it continues without a gap
 * @param ageYears the client's age today
 * @param enablementId the enablement in force today
 * @param templateCode the template
 * @param templateVersion the version enabled
 * @since 1.1.0
 */
public record EnrolmentProposal(long grantId, PersonalIdentityNumber client, String unit, String interventionType,
        LocalDate runningSince, int ageYears, long enablementId, String templateCode, int templateVersion) {

    public EnrolmentProposal {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(interventionType, "interventionType");
        Objects.requireNonNull(runningSince, "runningSince");
        Objects.requireNonNull(templateCode, "templateCode");
    }

    /** Never gives the client. */
    @Override
    public String toString() {
        return "EnrolmentProposal[grant " + grantId + ", " + unit + ", " + templateCode + " v" + templateVersion
                + "]";
    }
}
