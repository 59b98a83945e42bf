package se.folja.store.internal.export;

import java.time.LocalDate;
import java.util.Collection;

import se.folja.store.internal.entity.Days;
import se.folja.store.spi.FollowUpExportSource.Selection;

/** The pieces the follow-up exports' statements share, each with its parameters. */
final class FollowUpSql {

    /** The responses with their enrolments: {@code followup_response r} and {@code followup_enrolment e}. */
    static final String RESPONSES = "followup_response r JOIN followup_enrolment e ON e.id = r.enrolment_id";

    private FollowUpSql() {
    }

    /**
     * @param from with {@code to}, the period answered in; both null for any day
     * @return the condition on {@code r} and {@code e} of the selection's completed responses whose enrolment is not
     *     annulled
     */
    static Sql completedResponses(Selection selection, LocalDate from, LocalDate to) {
        Sql sql = Sql.of("r.template_code = ?", selection.template());
        if (selection.version() != null) {
            sql.append(" AND r.template_version = ?", selection.version());
        }
        sql.append(" AND r.status = 'COMPLETED' AND e.status <> 'ANNULLED'");
        if (from != null) {
            sql.append(" AND r.answered_on BETWEEN ? AND ?", Days.of(from), Days.of(to));
        }
        return sql.append(ExportSql.unitIn("r.unit_code", selection.units()));
    }

    /** @return the condition on {@code followup_enrolment e} of the selection's enrolments that are not annulled */
    static Sql enrolments(Selection selection) {
        Sql sql = Sql.of("e.template_code = ?", selection.template());
        if (selection.version() != null) {
            sql.append(" AND e.template_version = ?", selection.version());
        }
        return sql.append(" AND e.status <> 'ANNULLED'").append(ExportSql.unitIn("e.unit_code", selection.units()));
    }

    /** @return {@code AND column IN (…)} with a parameter per value; a condition that holds for none if empty */
    static Sql in(String column, Collection<String> values) {
        if (values.isEmpty()) {
            return Sql.of(" AND 1 = 0");
        }
        Sql in = Sql.of(" AND " + column + " IN (");
        String separator = "";
        for (String value : values) {
            in.append(separator + "?", value);
            separator = ", ";
        }
        return in.append(")");
    }

    /**
     * Whole calendar months from one {@code yyyymmdd} day to a later one, as {@code ChronoUnit.MONTHS.between}
     * counts them: the months between the two months, less one if the later day of the month is smaller (2026-01-31
     * to 2026-02-28 is 0, to 2026-03-01 is 1).
     *
     * @param start an SQL expression of the earlier day
     * @param end an SQL expression of the later day
     */
    static String months(String start, String end) {
        return "((" + end + ") / 10000 * 12 + MOD((" + end + ") / 100, 100) - (" + start + ") / 10000 * 12 - MOD(("
                + start + ") / 100, 100) - CASE WHEN MOD(" + end + ", 100) < MOD(" + start + ", 100) THEN 1 ELSE 0"
                + " END)";
    }
}
