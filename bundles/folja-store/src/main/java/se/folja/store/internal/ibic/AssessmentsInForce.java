package se.folja.store.internal.ibic;

/**
 * IBIC's rule for which assessed needs count in a period, as SQL, written once for the life-area queries
 * ({@link JpaAssessmentStore}) and the exports ({@code se.folja.store.internal.export}): per client, the
 * assessments made in the period and the latest made before it (what was in force at some time in the period),
 * the current revision's needs, and of those the ones with qualifier 1–4 or 8.
 */
public final class AssessmentsInForce {

    /** The current revision's needs: {@code assessment a} joined to its {@code assessment_need n}. */
    public static final String CURRENT_NEEDS = "assessment a JOIN assessment_need n ON n.assessment_id = a.id"
            + " AND n.revision = a.version";

    /** The needs that count as an assessed need: a problem (1–4) or one not specified (8). */
    public static final String COUNTED = "n.qualifier IN (1, 2, 3, 4, 8)";

    private AssessmentsInForce() {
    }

    /**
     * @param from the placeholder of the period's first day ({@code yyyymmdd}), e.g. {@code ?1} or {@code ?}
     * @param to the placeholder of its last day
     * @return the condition on {@code assessment a}: in force at some time in the period. With plain {@code ?}
     *     placeholders the values bind in the order to, from, from
     */
    public static String inForce(String from, String to) {
        return "a.assessed_on <= " + to + " AND (a.assessed_on >= " + from + " OR a.assessed_on = ("
                + "SELECT MAX(p.assessed_on) FROM assessment p WHERE p.client_id = a.client_id AND p.assessed_on < "
                + from + "))";
    }
}
