package se.folja.api.reasons;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * The reason catalogue (<em>orsakskatalogen</em>): what staff choose from when they document a visit
 * that did not happen, and what administrators maintain. Every change is kept as history.
 *
 * @since 1.0.0
 */
@ProviderType
public interface ReasonCatalogue {

    /** @return the dropdown: active reasons in sort order, then by code */
    List<ReasonCode> activeReasons();

    /** @return every reason, retired ones included, in sort order, then by code */
    List<ReasonCode> allReasons();

    /**
     * @param code a reason code; case-sensitive
     * @return the reason, active or retired
     * @throws NotFoundException if there is no such reason
     */
    ReasonCode reason(String code);

    /**
     * Adds a reason.
     *
     * @return the stored reason, at version 1
     * @throws ValidationException naming every invalid field
     * @throws ConflictException if the code exists already (active or retired)
     */
    ReasonCode create(NewReason reason, Actor actor);

    /**
     * Relabels or reorders a reason.
     *
     * @param expectedVersion the version the caller read; the edit is refused if it is no longer current
     * @return the reason after the edit; unchanged (same version) if the edit changes nothing
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if there is no such reason
     * @throws ConflictException if the reason has been changed since {@code expectedVersion}
     */
    ReasonCode edit(String code, long expectedVersion, ReasonEdit edit, Actor actor);

    /**
     * Retires a reason: it leaves the dropdown and stays valid in history. Retiring a retired reason
     * changes nothing.
     *
     * @throws NotFoundException if there is no such reason
     * @throws ConflictException if the reason has been changed since {@code expectedVersion}
     */
    ReasonCode retire(String code, long expectedVersion, Actor actor);

    /**
     * Takes a retired reason back into the dropdown. Reactivating an active reason changes nothing.
     *
     * @throws NotFoundException if there is no such reason
     * @throws ConflictException if the reason has been changed since {@code expectedVersion}
     */
    ReasonCode reactivate(String code, long expectedVersion, Actor actor);

    /**
     * @return the reason's history, oldest first; its first entry is the creation
     * @throws NotFoundException if there is no such reason
     */
    List<ReasonChange> history(String code);
}
