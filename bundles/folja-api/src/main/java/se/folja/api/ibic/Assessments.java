package se.folja.api.ibic;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;

/**
 * Assessments (<em>bedömningar</em>) of clients' needs in ICF codes and life areas.
 *
 * @since 1.0.0
 */
@ProviderType
public interface Assessments {

    /**
     * Records an assessment with the current term mapping and life areas.
     *
     * @throws ValidationException naming every invalid field: a bad or unlisted code ({@code needs[0].icf}), a
     *     qualifier out of range, an unknown client, a bad date
     * @throws ForbiddenException if the user does not belong to the unit
     */
    Assessment record(AssessmentRequest request, Actor actor);

    /**
     * Corrects an assessment: its unit, day, case officer and needs are replaced in a new revision; the earlier
     * revisions are kept.
     *
     * @throws ValidationException as for {@link #record}
     * @throws NotFoundException if there is no such assessment
     * @throws ForbiddenException if the assessment's unit, or the new one, is not the user's
     * @throws ConflictException if it changed since {@code expectedVersion}
     */
    Assessment correct(long id, long expectedVersion, AssessmentRequest request, Actor actor);

    /**
     * @throws NotFoundException if there is no such assessment
     * @throws ForbiddenException if its unit is not the user's
     */
    Assessment get(long id, Actor actor);

    /**
     * @return every revision, oldest first
     * @throws NotFoundException if there is no such assessment
     * @throws ForbiddenException if its unit is not the user's
     */
    List<AssessmentRevision> history(long id, Actor actor);

    /**
     * @throws ValidationException naming a bad offset, limit or period
     * @throws ForbiddenException if the query names a unit the user does not belong to
     */
    Page<Assessment> search(AssessmentQuery query, Actor actor);
}
