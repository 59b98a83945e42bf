package se.folja.api.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An exported table with its metadata: the parameters, when it was made, the suppression k and the versions of
 * the catalogue and mapping used. Cells come row by row, each row's total last, then the column totals and the
 * grand total (row {@link Cell#TOTAL}).
 *
 * @param kind what was exported, e.g. {@code life-areas}
 * @param parameters the request's parameters as given, in order
 * @param generatedAt when
 * @param suppressionK cells counting fewer than k individuals are suppressed (1: none)
 * @param versions the versions of the data the table was made with, e.g. {@code lifeAreas → 2021.1}
 * @param cells every cell
 * @since 1.0.0
 */
public record SuppressedTable(String kind, Map<String, String> parameters, Instant generatedAt,
        int suppressionK, Map<String, String> versions, List<Cell> cells) {

    public SuppressedTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(generatedAt, "generatedAt");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        versions = Map.copyOf(versions);
        cells = List.copyOf(cells);
    }
}
