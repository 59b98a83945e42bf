package se.folja.store.internal;

import java.util.List;

import se.folja.api.UnitScope;

/** The unit scope a store port receives, turned into what a query binds. */
public final class Scopes {

    private Scopes() {
    }

    /**
     * @return the scope's unit codes, sorted (so that positional binds follow one order); empty for every unit
     * @throws IllegalArgumentException for {@link UnitScope#NONE}: the ports' contract is that the service answers a
     *     scope reaching no unit itself, so one arriving here is a bug, not an empty result
     */
    public static List<String> codes(UnitScope scope) {
        if (scope instanceof UnitScope.Units units) {
            return units.codes().stream().sorted().toList();
        }
        if (scope instanceof UnitScope.Every) {
            return List.of();
        }
        throw new IllegalArgumentException("a scope reaching no unit reaches no store");
    }
}
