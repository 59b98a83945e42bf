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
}
