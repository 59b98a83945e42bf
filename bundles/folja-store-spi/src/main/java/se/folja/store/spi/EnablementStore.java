package se.folja.store.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChangeKind;

/**
 * Persistence of template enablements, with a whole row per revision for the audit.
 *
 * <p>Both writes check, in their transaction and serialised per unit (the unit's row is locked), that no other
 * enabled enablement of the same template code for the same unit shares a day with the new state.
 *
 * @since 1.1.0
 */
@ProviderType
public interface EnablementStore {

    /** A stored revision: what the change did, and the enablement as the change left it. */
    record Revision(EnablementChangeKind kind, Enablement state) {
    }

    /**
     * Stores a new enablement at revision 1 with its first revision row ({@link EnablementChangeKind#ENABLED});
     * the given id and revision are ignored.
     *
     * @throws ConflictException if an enabled enablement of the template for the unit shares a day with it (the
     *     message names that enablement's id and period, nothing else)
     * @throws NotFoundException if the unit or the template version is not stored
     */
    Enablement insert(Enablement enablement);

    /**
     * Replaces version, period, status, source and change stamp, provided the stored revision is still
     * {@code expectedRevision}; the revision grows by one and a revision row of {@code kind} is written.
     *
     * @throws NotFoundException if there is no such enablement
     * @throws ConflictException if the stored revision differs, another transaction changed it first, or the new
     *     state overlaps another enabled enablement of the template for the unit
     */
    Enablement update(Enablement enablement, long expectedRevision, EnablementChangeKind kind);

    /** @return the enablement, if any */
    Optional<Enablement> find(long id);

    /** @return the enablement that follows the configuration with that PID, if any */
    Optional<Enablement> findByConfiguration(String configuration);

    /** @return every enablement that follows a configuration, by id */
    List<Enablement> findConfigured();

    /**
     * @param scope the units
     * @param templateCode a template code, or null for every template
     * @param currentOrComingOn null for every enablement; else only enabled ones whose period has not ended before
     *     that day
     * @return by unit, template code, first day, id
     */
    List<Enablement> find(UnitScope scope, String templateCode, LocalDate currentOrComingOn);

    /** @return every revision of the enablement, oldest first; empty if there is none */
    List<Revision> revisions(long id);
}
