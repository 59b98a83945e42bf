package se.folja.store.internal.export;

import se.folja.api.IsoWeek;
import se.folja.api.export.Dimension;

/** The SQL of each dimension an aggregate groups by, and its keys as exports show them. */
final class DimensionSql {

    private DimensionSql() {
    }

    /** The SQL of a dimension over {@code non_delivery d}, {@code client c} and the life areas {@code la}. */
    static String ofNonDelivery(Dimension dimension) {
        return switch (dimension) {
            case WEEK -> "d.iso_week";
            case MONTH -> "d.planned_day / 100";
            case UNIT -> "d.unit_code";
            case REASON -> "d.reason_code";
            case INITIATOR -> "d.initiator";
            case INTERVENTION_TYPE -> "d.intervention_type";
            case GENDER -> "c.legal_gender";
            // whole years between two yyyymmdd numbers: the age on the day
            case AGE_BAND -> ageBand("d.planned_day");
            case LIFE_AREA -> "COALESCE(la.life_area, 'NONE')";
        };
    }

    /** The SQL of a dimension of grants: over the table alias's unit and type, the client {@code c} and the week. */
    static String ofGrant(Dimension dimension, String alias, String thursday, String yearWeek) {
        return switch (dimension) {
            case WEEK -> yearWeek;
            case MONTH -> thursday + " / 100";
            case UNIT -> alias + ".unit_code";
            case INTERVENTION_TYPE -> alias + ".intervention_type";
            case GENDER -> "c.legal_gender";
            case AGE_BAND -> ageBand(thursday);
            default -> throw new IllegalArgumentException(dimension + " is not a dimension of grants");
        };
    }

    /** Whole years between two yyyymmdd numbers — the age on the day — as an age band. */
    private static String ageBand(String day) {
        String age = "(" + day + " - c.birth_day) / 10000";
        return "CASE WHEN " + age + " < 18 THEN '0-17' WHEN " + age + " < 25 THEN '18-24' WHEN " + age
                + " < 35 THEN '25-34' WHEN " + age + " < 45 THEN '35-44' WHEN " + age + " < 55 THEN '45-54' WHEN "
                + age + " < 65 THEN '55-64' WHEN " + age + " < 80 THEN '65-79' ELSE '80+' END";
    }

    /** @return the key as exports show it: weeks as {@code 2026-W36}, months as {@code 2026-09} */
    static String key(Dimension dimension, Object value) {
        return switch (dimension) {
            case WEEK -> IsoWeek.ofYearWeek(((Number) value).intValue()).toString();
            case MONTH -> {
                int month = ((Number) value).intValue();
                yield String.format("%04d-%02d", month / 100, month % 100);
            }
            default -> value.toString().trim();
        };
    }
}
