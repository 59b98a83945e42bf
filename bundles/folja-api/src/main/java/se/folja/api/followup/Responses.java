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
 * Responses to follow-ups, submitted by the staff of the enrolment's unit for a respondent role (the case officer,
 * the provider, or the client whose answers staff enter). Each is checked against the role's questionnaire in the
 * template version the enrolment answers, all or nothing. Nothing is deleted: a correction is a new revision,
 * a mistake is marked entered in error, and every revision is kept ({@link #history}).
 *
 * <p>What a QuestionnaireResponse may hold, and every rule it is checked by, is in
 * {@code docs/followup-templates.md}. Errors name the question by its {@code linkId} (e.g. field
 * {@code item[ors-individual]}); structural errors name the JSON path.
 *
 * @since 1.1.0
 */
@ProviderType
public interface Responses {

    /**
     * @throws ValidationException naming {@code occasion}, {@code sequence}, {@code role}, {@code answeredOn}, the
     *     JSON path, or the linkId of every wrong answer: wrong type, out of range, too many decimals, unknown
     *     option or code, several values to a single-answer question, a required question unanswered, an answer to
     *     a question whose condition is not met, an unknown linkId; nothing is stored
     * @throws NotFoundException if there is no such enrolment
     * @throws ForbiddenException if the caller does not belong to its unit
     * @throws ConflictException if the enrolment is annulled, or the role already answered that occasion (correct
     *     that response instead)
     */
    FollowUpResponse submit(ResponseRequest request, Actor actor);

    /**
     * Replaces a response's answers, keeping the earlier revision.
     *
     * @param answeredOn the day the respondent answered, or null to keep it
     * @throws ValidationException as {@link #submit}
     * @throws NotFoundException if there is no such response
     * @throws ForbiddenException if the caller does not belong to its unit
     * @throws ConflictException if it changed since {@code expectedRevision} or is entered in error
     */
    FollowUpResponse correct(long id, long expectedRevision, byte[] questionnaireResponse, LocalDate answeredOn,
            Actor actor);

    /**
     * Marks a response entered in error: it stays, with its history, and counts nowhere; the occasion is open again
     * for that role.
     *
     * @throws ValidationException naming {@code reason} (required, at most 2000 characters)
     * @throws NotFoundException if there is no such response
     * @throws ForbiddenException if the caller does not belong to its unit
     * @throws ConflictException if it changed since {@code expectedRevision}
     */
    FollowUpResponse enteredInError(long id, long expectedRevision, String reason, Actor actor);

    /**
     * @throws NotFoundException if there is no such response
     * @throws ForbiddenException if the caller does not belong to its unit
     */
    FollowUpResponse get(long id, Actor actor);

    /**
     * @return the matches by the day answered, newest first, then id
     * @throws ValidationException naming {@code from}, {@code to}, {@code offset} or {@code limit}
     * @throws ForbiddenException if a unit asked for is not one the caller belongs to
     */
    Page<FollowUpResponse> search(ResponseQuery query, Actor actor);

    /**
     * @return every revision, oldest first
     * @throws NotFoundException if there is no such response
     * @throws ForbiddenException if the caller does not belong to its unit
     */
    List<ResponseRevision> history(long id, Actor actor);
}
