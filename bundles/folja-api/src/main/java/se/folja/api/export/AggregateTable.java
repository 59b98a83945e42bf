package se.folja.api.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A non-delivery aggregate: the cells by every combination of the dimensions, then the totals — per combination
 * of all but the last dimension, per value of the last, and in all — with small counts suppressed and complemented.
 *
 * @param dimensions the grouping, in order
 * @param parameters the request's parameters, in order
 * @param generatedAt when
 * @param suppressionK the smallest count of clients shown
 * @param versions the versions of the data used
 * @param rows cells, then totals
 * @since 1.0.0
 */
public record AggregateTable(List<Dimension> dimensions, Map<String, String> parameters, Instant generatedAt,
        int suppressionK, Map<String, String> versions, List<AggregateRow> rows) {

    public AggregateTable {
        Objects.requireNonNull(generatedAt, "generatedAt");
        dimensions = List.copyOf(dimensions);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        rows = List.copyOf(rows);
    }
}
