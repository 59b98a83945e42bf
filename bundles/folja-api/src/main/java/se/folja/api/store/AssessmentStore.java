package se.folja.api.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.AssessmentRevision;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.NeedGrouping;
import se.folja.api.ibic.UnitAreaCount;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * Persistence of assessments, their revisions and needs, and the life-area queries over them.
 *
 * @since 1.0.0
 */
@ProviderType
public interface AssessmentStore {

    /** @return whether Följa knows the client (a grant, registration or journal entry made its row) */
    boolean clientExists(PersonalIdentityNumber client);

    /**
     * Stores a new assessment at version 1 with its first revision; the given id and version are ignored.
     *
     * @throws NotFoundException if the client is unknown
     */
    Assessment insert(Assessment assessment);

    /**
     * Stores a correction as the next revision: unit, day, case officer, versions and needs from {@code content}.
     *
     * @throws NotFoundException if there is no such assessment
     * @throws ConflictException if the stored version differs or another transaction changed it first
     */
    Assessment correct(long id, long expectedVersion, Assessment content);

    /** @return the assessment in its latest revision, if any */
    Optional<Assessment> find(long id);

    /** @return every revision, oldest first; empty if there is no such assessment */
    List<AssessmentRevision> history(long id);

    /**
     * @param query its units are the complete unit filter: empty means every unit
     * @return by day assessed (newest first), then id
     */
    Page<Assessment> search(AssessmentQuery query);

    /**
     * @param units the complete unit filter: empty means every unit
     * @return the counts per group and life area (group null in total)
     */
    List<LifeAreaCount> needs(NeedGrouping grouping, Set<String> units, LocalDate from, LocalDate to);

    /** @return distinct clients with an assessment in force in the period in the units (empty: every unit) */
    long assessedClients(Set<String> units, LocalDate from, LocalDate to);

    /**
     * @param units the units whose non-deliveries count: empty means every unit
     */
    CancellationLifeAreas cancellations(Set<String> units, LocalDate from, LocalDate to);

    /**
     * Kalmar's analysis per unit: cancelling clients and their cancellations per unit and life area, per unit
     * (life area null: every cancelling client of the unit), per life area (unit null) and in all (both null).
     *
     * @param units the units whose non-deliveries count: empty means every unit
     */
    List<UnitAreaCount> cancellationsByUnit(Set<String> units, LocalDate from, LocalDate to);
}
