package se.folja.api.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.interventions.InterventionType;

/**
 * Persistence of the intervention types.
 *
 * @since 1.0.0
 */
@ProviderType
public interface InterventionTypeStore {

    /** @return every type by Swedish label, then code */
    List<InterventionType> findAll();

    /** @return the type with that code, if any */
    Optional<InterventionType> find(String code);

    /**
     * Stores a new type at version 1; the given version is ignored.
     *
     * @throws ConflictException if the code exists already
     */
    InterventionType insert(InterventionType type);

    /**
     * Replaces labels, state and change stamp, provided the stored version is still {@code expectedVersion};
     * the stored version then grows by one.
     *
     * @throws NotFoundException if there is no such type
     * @throws ConflictException if the stored version differs or another transaction changed it first
     */
    InterventionType update(InterventionType type, long expectedVersion);
}
