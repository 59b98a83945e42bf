package se.folja.store.internal;

import java.util.List;
import java.util.Set;

import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.store.spi.AssessmentStore;
import se.folja.store.spi.GrantStore;
import se.folja.store.spi.NonDeliveryStore;
import se.folja.store.spi.WeekCount;

/**
 * The scope a service would hand the store for the units a test names (none named: every unit), and the store
 * ports' searches called with the scope of their query's units.
 */
public final class TestScopes {

    private TestScopes() {
    }

    public static UnitScope of(Set<String> units) {
        return units.isEmpty() ? UnitScope.EVERY : UnitScope.of(units);
    }

    public static Page<Assessment> searchScoped(AssessmentStore store, AssessmentQuery query) {
        return store.search(query, of(query.units()));
    }

    public static Page<Grant> searchScoped(GrantStore store, GrantQuery query) {
        return store.search(query, of(query.units()));
    }

    public static Page<NonDelivery> searchScoped(NonDeliveryStore store, NonDeliveryQuery query) {
        return store.search(query, of(query.units()));
    }

    public static List<Grant> validInScoped(GrantStore store, WeekQuery query) {
        return store.validIn(query, of(query.units()));
    }

    public static List<WeekCount> cancellationsPerWeekScoped(NonDeliveryStore store, WeekQuery query) {
        return store.cancellationsPerWeek(query, of(query.units()));
    }
}
