package se.folja.demo.journal.internal;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Who reads or writes the reference journal, as the host's own access rules see them: staff read and write the
 * entries of the units they belong to; an administrator of Följa reads every unit's entries to follow the
 * write-backs, but without the client's personnummer and the entry's text, and writes none.
 *
 * @param memberOf whether the user belongs to a unit (JAX-RS answers one role at a time)
 * @param administrator whether the user administers Följa
 */
record JournalUser(Predicate<String> memberOf, boolean administrator) {

    JournalUser {
        Objects.requireNonNull(memberOf, "memberOf");
    }

    /** @return whether the user sees the unit's entries whole, clients and texts included */
    boolean belongsTo(String unit) {
        return unit != null && memberOf.test(unit);
    }

    /** @return whether the user sees the unit's entries at all */
    boolean reads(String unit) {
        return administrator || belongsTo(unit);
    }
}
