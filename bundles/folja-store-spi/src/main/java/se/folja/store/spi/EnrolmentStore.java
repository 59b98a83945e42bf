package se.folja.store.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * Persistence of enrolments in follow-ups, with a whole row per revision.
 *
 * <p>Both writes check, in their transaction and serialised per client (the client's row is locked), that the
 * client has no other enrolment in the same template, not annulled, sharing a day with the new state (an ongoing
 * one runs to the end of time).
 *
 * @since 1.1.0
 */
@ProviderType
public interface EnrolmentStore {

    /**
     * Stores a new enrolment at revision 1 with its first revision ({@link EnrolmentChangeKind#ENROLLED}); the given
     * id and revision are ignored. The client is stored if Följa does not know it yet.
     *
     * @throws ConflictException if the client has an enrolment in the template sharing a day with it (the message
     *     names that enrolment's id, nothing of the client)
     * @throws NotFoundException if the enablement or the grant is not stored
     */
    Enrolment insert(Enrolment enrolment);

    /**
     * Replaces responsible, end, end reason, status, annulment reason and change stamp, provided the stored revision
     * is still {@code expectedRevision}; the revision grows by one and a revision of {@code kind} is written.
     *
     * @throws NotFoundException if there is no such enrolment
     * @throws ConflictException if the stored revision differs, another transaction changed it first, or the new
     *     state shares a day with another enrolment of the client in the template
     */
    Enrolment update(Enrolment enrolment, long expectedRevision, EnrolmentChangeKind kind);

    /** @return the enrolment, if any */
    Optional<Enrolment> find(long id);

    /**
     * @param status one status, or null for ongoing and ended
     * @return the matches by start, newest first, then id
     */
    Page<Enrolment> find(UnitScope scope, String templateCode, EnrolmentStatus status, String responsible,
            PersonalIdentityNumber client, int offset, int limit);

    /**
     * The enrolments whose occasions may be open: not annulled, and ongoing or ended on or after {@code endedSince}.
     *
     * @param responsible only those this login name follows, or null
     * @return by id
     */
    List<Enrolment> findActive(UnitScope scope, String responsible, LocalDate endedSince);

    /**
     * @return the clients of the unit with an enrolment in the template that is not annulled and not ended before
     *     {@code on}
     */
    Set<PersonalIdentityNumber> enrolledClients(String unit, String templateCode, LocalDate on);

    /** @return every revision, oldest first; empty if there is no such enrolment */
    List<EnrolmentRevision> revisions(long id);
}
