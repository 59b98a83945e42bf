package se.folja.api.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.folja.api.IsoWeek;

/**
 * Kalmar's table in one answer: the clients with a grant (women and men), the sessions granted, the cancellations
 * and their share of the granted sessions, the reasons ranked and the life areas of the cancelling clients ranked.
 * Cancellations count by the day of the planned visit; grants by the ISO weeks whose Thursday lies in the period,
 * each with the grants valid on that Thursday. Counts of fewer than k clients are suppressed.
 *
 * @param parameters the request's parameters, in order
 * @param generatedAt when
 * @param suppressionK the smallest count shown
 * @param versions the versions of the data used
 * @param fromWeek the first week whose Thursday lies in the period
 * @param toWeek the last such week
 * @param clients clients with a grant valid in at least one of the weeks (on its Thursday); null if suppressed
 * @param women of them, legally women; null if suppressed
 * @param men of them, legally men; null if suppressed
 * @param grantedSessions sessions granted over the weeks (each week: the grants valid on its Thursday)
 * @param grantedSessionsPerWeek the granted sessions divided by the weeks
 * @param cancellations active non-deliveries planned in the period; null if suppressed (with the cancelling clients)
 * @param cancellingClients distinct clients among them; null if suppressed
 * @param shareOfGrantedSessions cancellations ÷ granted sessions, rounded as the aggregate's rate
 *     ({@link #share(long, long)}); null without granted sessions or if the cancellations are suppressed
 * @param reasons by cancellations, most first; suppressed reasons last, by code
 * @param lifeAreas the cancelling clients' life areas of assessed need, by clients, most first; suppressed areas last,
 *     by code. They are the life-area export's total column: each hides what it hides
 * @since 1.0.0
 */
public record Summary(Map<String, String> parameters, Instant generatedAt, int suppressionK,
        Map<String, String> versions, IsoWeek fromWeek, IsoWeek toWeek, Long clients, Long women, Long men,
        long grantedSessions, double grantedSessionsPerWeek, Long cancellations, Long cancellingClients,
        Double shareOfGrantedSessions, List<RankedCount> reasons, List<RankedCount> lifeAreas) {

    public Summary {
        Objects.requireNonNull(generatedAt, "generatedAt");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        reasons = List.copyOf(reasons);
        lifeAreas = List.copyOf(lifeAreas);
    }

    /**
     * The decimals of a share or rate.
     *
     * @since 1.1.0
     */
    public static final int SHARE_DECIMALS = 4;

    /**
     * The one rule for a share of granted sessions (the summary's share, the aggregate's rate): the quotient rounded
     * half up to {@value #SHARE_DECIMALS} decimals.
     *
     * @param part e.g. cancellations
     * @param whole e.g. granted sessions
     * @return the share, or null if {@code whole} is 0
     * @since 1.1.0
     */
    public static Double share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(part).divide(java.math.BigDecimal.valueOf(whole), SHARE_DECIMALS,
                java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
