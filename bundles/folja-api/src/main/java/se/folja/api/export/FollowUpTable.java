package se.folja.api.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of follow-up results with its metadata, small counts suppressed: the parameters it was made with (the
 * template, its version, the period, the units and whatever else the export takes, in order), when, the k of the
 * suppression, the versions of the data, and its rows.
 *
 * @param <L> the rows
 * @param kind what was exported, e.g. {@code followup-durations}
 * @param parameters the request's parameters, in order
 * @param generatedAt when
 * @param suppressionK counts of fewer than k individuals are suppressed (1: none)
 * @param versions the versions of the data used, e.g. {@code templateVersions → 1,2}
 * @param rows the rows, in the export's order
 * @since 1.2.0
 */
public record FollowUpTable<L>(String kind, Map<String, String> parameters, Instant generatedAt, int suppressionK,
        Map<String, String> versions, List<L> rows) {

    /** The decimals of a percentage. */
    public static final int PERCENT_DECIMALS = 1;

    public FollowUpTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(generatedAt, "generatedAt");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        rows = List.copyOf(rows);
    }

    /**
     * The one rule for a share given as a percentage in the follow-up exports: 100 × part ÷ whole, rounded half up
     * to {@value #PERCENT_DECIMALS} decimal.
     *
     * @return the percentage, or null if {@code whole} is 0
     */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), PERCENT_DECIMALS, RoundingMode.HALF_UP);
    }
}
