package se.folja.api;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user on whose behalf something is read or changed, with the units the user may see.
 *
 * <p>The user name is the login name from the JAAS realm. It is stored with every change so that the
 * history tells who did what; it is never written to a log line.
 *
 * <p>Unit access: staff belong to the units their login's roles name ({@code folja-unit-<CODE>}); an
 * administrator or statistician reaches every unit ({@code everyUnit}). What each role may do within its
 * units is decided where the request arrives; services check only the unit.
 *
 * @param userName the login name, never blank
 * @param units codes of the units the user belongs to
 * @param everyUnit true if the user reaches every unit, whatever {@code units} holds
 * @since 1.0.0
 */
public record Actor(String userName, Set<String> units, boolean everyUnit) {

    /** The actor used for changes that the system makes itself, such as the shipped catalogue. */
    public static final Actor SYSTEM = new Actor("system", Set.of(), true);

    /**
     * @throws IllegalArgumentException if {@code userName} is null or blank
     */
    public Actor {
        Objects.requireNonNull(userName, "userName");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
        units = Set.copyOf(units);
    }

    /** An actor who belongs to no unit, e.g. an administrator changing a catalogue. */
    public Actor(String userName) {
        this(userName, Set.of(), false);
    }

    /** @return whether the user may see and register for {@code unit} */
    public boolean mayAccess(String unit) {
        return everyUnit || units.contains(unit);
    }

    /**
     * @throws ForbiddenException if the user may not reach {@code unit} (or it is null); the message says nothing
     *     about what the unit holds
     */
    public void requireUnit(String unit) {
        if (unit == null || !mayAccess(unit)) {
            throw new ForbiddenException(NOT_YOUR_UNIT);
        }
    }

    /**
     * The units a read reaches when any unit the user reaches may be read.
     *
     * @param asked the units a query names; empty (or null) for "mine"
     * @return the named units; else {@link UnitScope#EVERY} for a user who reaches every unit, the user's own
     *     units, or {@link UnitScope#NONE} for a user who reaches none
     * @throws ForbiddenException if a named unit is not one the user reaches
     * @since 2.0.0
     */
    public UnitScope unitScope(Set<String> asked) {
        if (asked != null && !asked.isEmpty()) {
            asked.forEach(this::requireUnit);
            return UnitScope.of(asked);
        }
        return everyUnit ? UnitScope.EVERY : UnitScope.of(units);
    }

    /**
     * Whether the user reads exact counts of a scope: only when belonging to every unit of it. Anyone else (an
     * administrator or statistician reaching every unit without belonging to it) reads counts with small ones
     * suppressed, or not at all.
     *
     * @param scope a scope as {@link #unitScope} returns it
     * @return true if the scope names units and the user belongs to each of them
     * @since 2.0.0
     */
    public boolean memberOfAll(UnitScope scope) {
        return scope instanceof UnitScope.Units named && units.containsAll(named.codes());
    }

    /**
     * The units of a view only unit members read (records of clients, or counts per client or per week): the
     * named units if the user belongs to each, else the user's own.
     *
     * @param asked the units a query names; empty (or null) for "mine"
     * @return the named units or the user's own; {@link UnitScope#NONE} if the user belongs to no unit and
     *     reaches none; never {@link UnitScope#EVERY}
     * @throws ForbiddenException if a named unit is not one the user belongs to, whatever else the user reaches; or
     *     if the user reaches every unit but belongs to none ({@link #MEMBERS_ONLY})
     * @since 2.0.0
     */
    public UnitScope memberScope(Set<String> asked) {
        if (asked != null && !asked.isEmpty()) {
            for (String unit : asked) {
                if (unit == null || !units.contains(unit)) {
                    throw new ForbiddenException(everyUnit ? MEMBERS_ONLY : NOT_YOUR_UNIT);
                }
            }
            return UnitScope.of(asked);
        }
        if (units.isEmpty() && everyUnit) {
            throw new ForbiddenException(MEMBERS_ONLY);
        }
        return UnitScope.of(units);
    }

    /**
     * The message of the {@link ForbiddenException} for a view only a unit's members read.
     *
     * @since 1.1.0
     */
    public static final String MEMBERS_ONLY = "Only members of the unit read this; statistics come from the exports,"
            + " with small counts suppressed";

    /** The message of the {@link ForbiddenException} for a unit the user does not belong to. */
    public static final String NOT_YOUR_UNIT = "You do not belong to that unit";
}
