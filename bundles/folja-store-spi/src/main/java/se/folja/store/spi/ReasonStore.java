package se.folja.store.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.ReasonChange;
import se.folja.api.reasons.ReasonCode;

/**
 * Persistence of the reason catalogue and its history. Every write stores the new state and its history
 * entry in one transaction.
 *
 * @since 1.0.0
 */
@ProviderType
public interface ReasonStore {

    /** @return every reason in sort order, then by code */
    List<ReasonCode> findAll();

    /** @return the reason with that code, if any */
    Optional<ReasonCode> find(String code);

    /**
     * Stores a new reason at version 1 with a {@link ChangeKind#CREATED} history entry. The version and
     * change time of {@code reason} are ignored.
     *
     * @return the stored reason
     * @throws ConflictException if the code exists already
     */
    ReasonCode insert(ReasonCode reason, String changedBy, Instant changedAt);

    /**
     * Replaces the labels, sort order and active flag of a reason and appends a history entry, provided
     * the stored version still equals {@code expectedVersion}.
     *
     * @return the stored reason at its new version
     * @throws NotFoundException if there is no such reason
     * @throws ConflictException if the stored version differs, or another transaction changed it first
     */
    ReasonCode update(ReasonCode reason, long expectedVersion, ChangeKind kind, String changedBy, Instant changedAt);

    /**
     * @return the reason's history, oldest first; empty if there is no such reason
     */
    List<ReasonChange> history(String code);
}
