package se.folja.api.followup;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;

/**
 * Clients enrolled in follow-ups, by the staff of their units: by hand, or by confirming a proposal drawn from
 * the unit's grants by the template's population. Nothing is deleted: an enrolment ends with a day and a reason,
 * or is annulled when entered by mistake, and every change is kept ({@link #history}). Only members of a unit
 * read or change its enrolments ({@link Actor#memberScope}).
 *
 * <p>When occasions fall due: {@code BASELINE} on the first day; {@code EVERY_N_WEEKS} every N weeks after it, up
 * to the end; {@code AT_END} on the last day of an enrolment that ended completed, moved or dropped out;
 * {@code MONTHS_AFTER_END} N months after the last day of a completed one. An occasion is open from
 * {@link #OPENS_DAYS_BEFORE} days before it falls due.
 *
 * @since 1.1.0
 */
@ProviderType
public interface Enrolments {

    /** How many days before it falls due an occasion opens for answers. */
    int OPENS_DAYS_BEFORE = 7;

    /** How many days after it fell due an unanswered occasion is overdue. */
    int OVERDUE_AFTER_DAYS = 14;

    /**
     * @param unit a unit the caller belongs to
     * @param template a template enabled for the unit today
     * @return the unit's clients the template is meant for today and who are not enrolled in it, by personnummer
     * @throws ValidationException naming {@code unit} or {@code template}: missing, or nothing enabled today
     * @throws ForbiddenException if the caller does not belong to the unit
     */
    List<EnrolmentProposal> proposals(String unit, String template, Actor actor);

    /**
     * Enrols a client.
     *
     * @throws ValidationException naming {@code template}, {@code unit}, {@code client}, {@code grant},
     *     {@code start} or {@code responsible}; nothing is stored
     * @throws ForbiddenException if the caller does not belong to the unit
     * @throws ConflictException if the client has an enrolment in the template that is not ended before
     *     {@code start}
     */
    Enrolment enrol(EnrolmentRequest request, Actor actor);

    /**
     * Ends an ongoing enrolment, or corrects the end of an ended one.
     *
     * @throws ValidationException naming {@code end} (required, not before the start) or {@code reason}
     * @throws NotFoundException if there is no such enrolment
     * @throws ForbiddenException if the caller does not belong to its unit
     * @throws ConflictException if it changed since {@code expectedRevision} or is annulled
     */
    Enrolment end(long id, long expectedRevision, LocalDate end, EnrolmentEndReason reason, Actor actor);

    /**
     * Changes who follows an enrolment.
     *
     * @param responsible a login name, or null for nobody
     * @throws ValidationException naming {@code responsible}
     * @throws NotFoundException if there is no such enrolment
     * @throws ForbiddenException if the caller does not belong to its unit
     * @throws ConflictException if it changed since {@code expectedRevision} or is annulled
     */
    Enrolment assign(long id, long expectedRevision, String responsible, Actor actor);

    /**
     * Annuls an enrolment entered by mistake: it stays, with its history and responses, and counts nowhere.
     *
     * @throws ValidationException naming {@code reason} (required, at most 2000 characters)
     * @throws NotFoundException if there is no such enrolment
     * @throws ForbiddenException if the caller does not belong to its unit
     * @throws ConflictException if it changed since {@code expectedRevision}
     */
    Enrolment annul(long id, long expectedRevision, String reason, Actor actor);

    /**
     * @throws NotFoundException if there is no such enrolment
     * @throws ForbiddenException if the caller does not belong to its unit
     */
    Enrolment get(long id, Actor actor);

    /**
     * @return the matches by start, newest first, then id
     * @throws ValidationException naming {@code offset} or {@code limit}
     * @throws ForbiddenException if a unit asked for is not one the caller belongs to
     */
    Page<Enrolment> list(EnrolmentQuery query, Actor actor);

    /**
     * @return every revision, oldest first
     * @throws NotFoundException if there is no such enrolment
     * @throws ForbiddenException if the caller does not belong to its unit
     */
    List<EnrolmentRevision> history(long id, Actor actor);

    /**
     * @return the open occasions not answered by every role, by due day, then enrolment and occasion
     * @throws ForbiddenException if a unit asked for is not one the caller belongs to
     */
    List<DueOccasion> due(DueQuery query, Actor actor);
}
