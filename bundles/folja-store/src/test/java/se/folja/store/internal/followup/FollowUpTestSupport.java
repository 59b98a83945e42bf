package se.folja.store.internal.followup;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;

import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.NonDeliveryTestSupport;

/**
 * The set-up of the follow-up store tests: the units and stores of {@link NonDeliveryTestSupport}, the enrolment and
 * response stores over this test's database, and enrolments to store.
 */
abstract class FollowUpTestSupport extends NonDeliveryTestSupport {

    static final String ORS = "ORS";
    static final String TROSA = "TROSA_MISSBRUK";

    protected JpaEnrolmentStore enrolments;
    protected JpaResponseStore responses;

    @BeforeEach
    void createFollowUpStores() {
        enrolments = new JpaEnrolmentStore(jpa(), null);
        responses = new JpaResponseStore(jpa(), null);
    }

    /** @return an ongoing enrolment by hand in version 1 of the template under enablement 7, to be inserted */
    static Enrolment enrolment(PersonalIdentityNumber client, String unit, String template, String start) {
        return new Enrolment(0, 7, template, 1, unit, client, null, null, LocalDate.parse(start), null, null,
                EnrolmentStatus.ONGOING, null, 0, "anna", T1);
    }

    /** @return the enrolment ended on {@code end}, by bertil at T2, to be inserted */
    static Enrolment ended(Enrolment e, String end) {
        return new Enrolment(e.id(), e.enablementId(), e.templateCode(), e.templateVersion(), e.unit(), e.client(),
                e.grantId(), e.responsible(), e.start(), LocalDate.parse(end), EnrolmentEndReason.COMPLETED,
                EnrolmentStatus.ENDED, null, e.revision(), "bertil", T2);
    }

    /** @return the enrolment with these changeable fields */
    static Enrolment changed(Enrolment e, String responsible, LocalDate end, EnrolmentEndReason reason,
            EnrolmentStatus status, String annulmentReason, String by, Instant at) {
        return new Enrolment(e.id(), e.enablementId(), e.templateCode(), e.templateVersion(), e.unit(), e.client(),
                e.grantId(), responsible, e.start(), end, reason, status, annulmentReason, e.revision(), by, at);
    }

    /** @return the enrolment annulled with a reason by cecilia at T3 */
    static Enrolment annulled(Enrolment e, String reason) {
        return changed(e, e.responsible(), e.end(), e.endReason(), EnrolmentStatus.ANNULLED, reason, "cecilia", T3);
    }
}
