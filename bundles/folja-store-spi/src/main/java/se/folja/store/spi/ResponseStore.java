package se.folja.store.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseRevision;

/**
 * Persistence of follow-up responses: a row per response with its current answers as rows (what the export reads),
 * and a whole row per revision with the answers as they were.
 *
 * @since 1.1.0
 */
@ProviderType
public interface ResponseStore {

    /** An occasion of an enrolment that a role has answered (a completed response). */
    record Answered(long enrolmentId, String occasion, int sequence, RespondentRole role) {
    }

    /**
     * Stores a new response at revision 1 with its answers and its first revision ({@link ResponseChangeKind#SUBMITTED});
     * the given id and revision are ignored.
     *
     * @throws ConflictException if a completed response of the enrolment, occasion, sequence and role is stored
     *     already (the message names its id)
     * @throws NotFoundException if the enrolment is not stored
     */
    FollowUpResponse insert(FollowUpResponse response);

    /**
     * Replaces answers, day answered, status, error reason and change stamp, provided the stored revision is still
     * {@code expectedRevision}; the revision grows by one and a revision of {@code kind} is written.
     *
     * @throws NotFoundException if there is no such response
     * @throws ConflictException if the stored revision differs or another transaction changed it first
     */
    FollowUpResponse update(FollowUpResponse response, long expectedRevision, ResponseChangeKind kind);

    /** @return the response with its answers, if any */
    Optional<FollowUpResponse> find(long id);

    /**
     * @param from with {@code to}, answered on a day of this period; both null for any day
     * @return the matches by the day answered, newest first, then id
     */
    Page<FollowUpResponse> find(UnitScope scope, Long enrolment, String templateCode, String occasion,
            RespondentRole role, LocalDate from, LocalDate to, boolean includeEnteredInError, int offset, int limit);

    /** @return the occasions of these enrolments that a role has answered */
    Set<Answered> answered(Collection<Long> enrolmentIds);

    /** @return every revision, oldest first; empty if there is no such response */
    List<ResponseRevision> revisions(long id);
}
