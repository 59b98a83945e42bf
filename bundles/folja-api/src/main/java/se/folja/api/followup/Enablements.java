package se.folja.api.followup;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * Template versions enabled per unit and period. Every change is stored with who made it and when, and the
 * enablement as it was before and after ({@link #history}); nothing is deleted, a disabled enablement is kept.
 *
 * <p>Who may change enablements is decided where the request arrives (the administrator's role). Reading follows
 * the caller's units: staff see what is enabled, now or later, for their own units.
 *
 * @since 1.1.0
 */
@ProviderType
public interface Enablements {

    /**
     * Enables a template version for a unit.
     *
     * @param source {@link EnablementSource#REST} or {@link EnablementSource#SHELL}
     * @throws ValidationException naming {@code template}, {@code version}, {@code unit}, {@code from} or
     *     {@code to}: required, unknown, retired, or a period that ends before it starts; nothing is stored
     * @throws ConflictException if a version of the template is enabled for the unit on a day of the period
     */
    Enablement enable(EnableRequest request, EnablementSource source, Actor actor);

    /**
     * Changes an enablement's version or period. A null field keeps its value; {@code to} is cleared with
     * {@code clearTo}.
     *
     * @throws NotFoundException if there is no such enablement
     * @throws ValidationException as {@link #enable}
     * @throws ConflictException if it changed since {@code expectedRevision}, is disabled, follows a configuration,
     *     or would overlap another enablement of the template for the unit
     */
    Enablement change(long id, long expectedRevision, Integer version, LocalDate from, LocalDate to,
            boolean clearTo, EnablementSource source, Actor actor);

    /**
     * Disables an enablement; it is kept, with its history. Disabling a disabled one changes nothing.
     *
     * @param expectedRevision the revision the caller saw, or null to disable whatever the revision (the shell)
     * @throws NotFoundException if there is no such enablement
     * @throws ConflictException if it changed since {@code expectedRevision} or follows a configuration
     */
    Enablement disable(long id, Long expectedRevision, EnablementSource source, Actor actor);

    /**
     * @throws NotFoundException if there is no such enablement
     * @throws ForbiddenException if its unit is not one the caller reaches
     */
    Enablement get(long id, Actor actor);

    /**
     * @return the enablements of the units asked for, by unit, template code and first day
     * @throws ForbiddenException if a unit asked for is not one the caller reaches
     */
    List<Enablement> list(EnablementQuery query, Actor actor);

    /**
     * @return every change of the enablement, oldest first
     * @throws NotFoundException if there is no such enablement
     * @throws ForbiddenException if its unit is not one the caller reaches
     */
    List<EnablementChange> history(long id, Actor actor);
}
