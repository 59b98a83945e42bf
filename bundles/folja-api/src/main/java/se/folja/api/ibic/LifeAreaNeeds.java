package se.folja.api.ibic;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Life areas with assessed need in a period. An assessment counts if it was in force at some time in the period:
 * made in the period, or the client's latest made before it. A need counts if its qualifier is 1–4 or 8.
 *
 * @param grouping how the rows are grouped
 * @param units the units counted; empty for every unit
 * @param from first day
 * @param to last day
 * @param clients distinct clients with an assessment in force in the period (in the units)
 * @param rows by group, then life area in IBIC's order
 * @since 1.0.0
 */
public record LifeAreaNeeds(NeedGrouping grouping, Set<String> units, LocalDate from, LocalDate to, long clients,
        List<LifeAreaCount> rows) {

    public LifeAreaNeeds {
        Objects.requireNonNull(grouping, "grouping");
        units = Set.copyOf(units);
        rows = List.copyOf(rows);
    }
}
