package se.folja.api.interventions;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * The list of intervention types that administrators maintain. Labels follow the same rules as the reason
 * catalogue's; every change raises the version, and a stale version is refused.
 *
 * @since 1.0.0
 */
@ProviderType
public interface InterventionTypeCatalogue {

    /** @return active types, by Swedish label */
    List<InterventionType> activeTypes();

    /** @return every type, retired ones included, by Swedish label */
    List<InterventionType> allTypes();

    /**
     * @return the type, active or retired
     * @throws NotFoundException if there is none with that code
     */
    InterventionType type(String code);

    /**
     * Adds a type at version 1.
     *
     * @param code stable code, e.g. {@code HEMTJANST_SOCIAL_SAMVARO}
     * @throws ValidationException naming every invalid field ({@code code}, {@code labelSv}, {@code labelEn})
     * @throws ConflictException if the code exists already
     */
    InterventionType create(String code, String labelSv, String labelEn, Actor actor);

    /**
     * Relabels a type; a null label stays as it is.
     *
     * @throws ValidationException naming every invalid field, or {@code body} if both labels are null
     * @throws NotFoundException if there is no such type
     * @throws ConflictException if the type changed since {@code expectedVersion}
     */
    InterventionType relabel(String code, long expectedVersion, String labelSv, String labelEn, Actor actor);

    /**
     * Retires ({@code active == false}) or reactivates a type. Setting the state it has changes nothing.
     *
     * @throws NotFoundException if there is no such type
     * @throws ConflictException if the type changed since {@code expectedVersion}
     */
    InterventionType setActive(String code, long expectedVersion, boolean active, Actor actor);
}
