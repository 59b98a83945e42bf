package se.folja.api;

import java.util.Objects;
import java.util.Set;

/**
 * The units a read reaches, said explicitly: {@link Every every unit}, {@link Units some units}, or {@link None
 * none}. What a user may reach is decided by {@link Actor#unitScope} (any unit reachable) or
 * {@link Actor#memberScope} (units the user belongs to); a store port that takes a scope filters by it.
 *
 * @since 2.0.0
 */
public sealed interface UnitScope permits UnitScope.Every, UnitScope.Units, UnitScope.None {

    /** Every unit: an administrator or statistician who named none. */
    UnitScope EVERY = new Every();

    /** No unit: a user who belongs to none; a read with this scope finds nothing. */
    UnitScope NONE = new None();

    /**
     * @param codes unit codes; empty for no unit
     * @return {@link #NONE} for an empty set, else the units
     */
    static UnitScope of(Set<String> codes) {
        return codes.isEmpty() ? NONE : new Units(codes);
    }

    /** @return whether the scope includes {@code unit} */
    boolean includes(String unit);

    /** @return whether the scope reaches no unit (a read finds nothing) */
    default boolean reachesNone() {
        return this instanceof None;
    }

    /** Every unit. */
    record Every() implements UnitScope {
        @Override
        public boolean includes(String unit) {
            return unit != null;
        }
    }

    /**
     * Some units.
     *
     * @param codes the units' codes, at least one
     */
    record Units(Set<String> codes) implements UnitScope {
        /** @throws IllegalArgumentException if {@code codes} is empty */
        public Units {
            codes = Set.copyOf(Objects.requireNonNull(codes, "codes"));
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("at least one unit; use UnitScope.NONE for none");
            }
        }

        @Override
        public boolean includes(String unit) {
            return codes.contains(unit);
        }
    }

    /** No unit. */
    record None() implements UnitScope {
        @Override
        public boolean includes(String unit) {
            return false;
        }
    }
}
