package se.folja.nondelivery.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.NonDeliveryQuery;

/** The units a request may reach. */
final class Scope {

    static final String NOT_YOUR_UNIT = Actor.NOT_YOUR_UNIT;

    private Scope() {
    }

    /** @throws ForbiddenException if the actor may not reach the unit; says nothing about what is there */
    static void require(Actor actor, String unit) {
        actor.requireUnit(unit);
    }

    /**
     * @param asked the units a query names, empty for "mine"
     * @return the complete unit filter for the store: the named units, the actor's own, or empty for every
     *     unit (an actor who reaches every unit and names none); null if the actor reaches no unit
     * @throws ForbiddenException if a named unit is not the actor's
     */
    static Set<String> units(Actor actor, Set<String> asked) {
        return actor.unitFilter(asked);
    }

    /**
     * The common part of every search: offset, limit and period checked, the units scoped to the actor.
     *
     * @param search runs the search with the complete unit filter for the store
     * @return the page, empty if the actor reaches no unit
     * @throws ValidationException naming offset, limit or to
     * @throws ForbiddenException if a named unit is not the actor's
     */
    static <T> Page<T> search(Actor actor, Set<String> asked, LocalDate from, LocalDate to, int offset, int limit,
            Function<Set<String>, Page<T>> search) {
        page(offset, limit, NonDeliveryQuery.MAX_LIMIT);
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from");
        }
        Set<String> scope = units(actor, asked == null ? Set.of() : asked);
        return scope == null ? new Page<>(List.of(), 0, offset, limit) : search.apply(scope);
    }

    /** @throws ValidationException naming offset or limit if out of range */
    static void page(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            throw new ValidationException(List.of(new FieldError("offset", "must be 0 or more")));
        }
        if (limit < 1 || limit > maxLimit) {
            throw new ValidationException(List.of(new FieldError("limit", "must be 1-" + maxLimit)));
        }
    }
}
