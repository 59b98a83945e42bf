package se.folja.nondelivery.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.NonDeliveryQuery;

/** The common part of every search: paging and period checked, the units scoped to the actor. */
final class Scope {

    private Scope() {
    }

    /**
     * @param search runs the search in the actor's scope, never {@link UnitScope#NONE}
     * @return the page, empty if the actor reaches no unit
     * @throws ValidationException naming offset, limit or to
     * @throws ForbiddenException if a named unit is not the actor's
     */
    static <T> Page<T> search(Actor actor, Set<String> asked, LocalDate from, LocalDate to, int offset, int limit,
            Function<UnitScope, Page<T>> search) {
        ValidationException.Builder errors = ValidationException.builder();
        page(offset, limit, NonDeliveryQuery.MAX_LIMIT, errors);
        errors.check(from == null || to == null || !to.isBefore(from), "to", "must not be before from");
        errors.throwIfAny();
        UnitScope scope = actor.unitScope(asked);
        return scope.reachesNone() ? new Page<>(List.of(), 0, offset, limit) : search.apply(scope);
    }

    /** @throws ValidationException naming offset or limit if out of range */
    static void page(int offset, int limit, int maxLimit) {
        ValidationException.Builder errors = ValidationException.builder();
        page(offset, limit, maxLimit, errors);
        errors.throwIfAny();
    }

    private static void page(int offset, int limit, int maxLimit, ValidationException.Builder errors) {
        errors.check(offset >= 0, "offset", "must be 0 or more");
        errors.check(limit >= 1 && limit <= maxLimit, "limit", "must be 1-" + maxLimit);
    }
}
