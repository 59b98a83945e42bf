package se.folja.api.export;

import java.util.List;

/**
 * One cell of a non-delivery aggregate: its keys (one per dimension; {@code TOTAL} in a total), the
 * non-deliveries and distinct clients, and — when every dimension is one grants have — the sessions granted, the
 * rate of non-deliveries to them and the client-weeks cancelled whole. Counts are null when suppressed.
 *
 * @param keys one per dimension of the aggregate, in its order
 * @param nonDeliveries active non-deliveries
 * @param clients distinct clients among them
 * @param grantedSessions sessions granted in the cell (each ISO week: the grants valid on its Thursday), or null
 * @param rate nonDeliveries ÷ grantedSessions, or null
 * @param wholeWeeks client-weeks with every granted session cancelled, or null
 * @param suppressed true if the cell counts fewer than k clients, or hides such a cell from the totals
 * @since 1.0.0
 */
public record AggregateRow(List<String> keys, Long nonDeliveries, Long clients, Long grantedSessions, Double rate,
        Long wholeWeeks, boolean suppressed) {

    public AggregateRow {
        keys = List.copyOf(keys);
    }
}
