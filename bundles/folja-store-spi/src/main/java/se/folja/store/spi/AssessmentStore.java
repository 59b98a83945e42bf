package se.folja.store.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
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
     * @param query the filters; its {@code units} are not read here
     * @param scope the units whose rows are read; never {@link UnitScope#NONE} (the service answers that itself)
     * @return by day assessed (newest first), then id
     * @since 1.2.0
     */
    Page<Assessment> search(AssessmentQuery query, UnitScope scope);

    /**
     * @param scope the units whose assessments count; never {@link UnitScope#NONE}
     * @return the counts per group and life area (group null in total)
     * @since 1.2.0
     */
    List<LifeAreaCount> needs(NeedGrouping grouping, UnitScope scope, LocalDate from, LocalDate to);

    /**
     * @param scope the units whose assessments count; never {@link UnitScope#NONE}
     * @return distinct clients with an assessment in force in the period in the units
     * @since 1.2.0
     */
    long assessedClients(UnitScope scope, LocalDate from, LocalDate to);

    /**
     * @param scope the units whose non-deliveries count; never {@link UnitScope#NONE}
     * @return the counts; its {@code units} are the scope's codes, empty for every unit
     * @since 1.2.0
     */
    CancellationLifeAreas cancellations(UnitScope scope, LocalDate from, LocalDate to);

    /**
     * Kalmar's analysis per unit: cancelling clients and their cancellations per unit and life area, per unit
     * (life area null: every cancelling client of the unit), per life area (unit null) and in all (both null).
     *
     * @param scope the units whose non-deliveries count; never {@link UnitScope#NONE}
     * @since 1.2.0
     */
    List<UnitAreaCount> cancellationsByUnit(UnitScope scope, LocalDate from, LocalDate to);
}
