package se.folja.store.internal.export;

import java.time.DayOfWeek;
import java.time.LocalDate;

import se.folja.api.IsoWeek;
import se.folja.api.UnitScope;
import se.folja.store.internal.entity.Days;
import se.folja.store.internal.ibic.AssessmentsInForce;

/** The pieces the exports' statements share, each with its parameters. */
final class ExportSql {

    private ExportSql() {
    }

    /**
     * @return the condition on {@code non_delivery d} of the active non-deliveries planned in [from, to] in the units
     */
    static Sql activeNonDeliveries(LocalDate from, LocalDate to, UnitScope units) {
        return Sql.of("d.status = 'ACTIVE' AND d.planned_day BETWEEN ? AND ?", Days.of(from), Days.of(to))
                .append(unitIn("d.unit_code", units));
    }

    /**
     * @return {@code AND column IN (…)} for some units (in code order), nothing for every unit
     * @throws IllegalArgumentException for {@link UnitScope#NONE}: a read of no unit never reaches the database
     */
    static Sql unitIn(String column, UnitScope units) {
        if (units instanceof UnitScope.Units some) {
            Sql in = Sql.of(" AND " + column + " IN (");
            String separator = "";
            for (String unit : some.codes().stream().sorted().toList()) {
                in.append(separator + "?", unit);
                separator = ", ";
            }
            return in.append(")");
        }
        if (units instanceof UnitScope.Every) {
            return new Sql();
        }
        throw new IllegalArgumentException("a read of no unit reached the database");
    }

    /**
     * The life areas of the clients' counted needs (a problem, 1–4, or one not specified, 8) in the current revision
     * of every assessment in force in [from, to]: those made in the period and the latest before it.
     *
     * @return the derived table {@code la (client_id, life_area)}, one line per client and area
     */
    static Sql lifeAreasInForce(LocalDate from, LocalDate to) {
        return Sql.of("(SELECT DISTINCT a.client_id, n.life_area FROM " + AssessmentsInForce.CURRENT_NEEDS
                + " WHERE " + AssessmentsInForce.inForce("?", "?") + " AND " + AssessmentsInForce.COUNTED + ") la",
                Days.of(to), Days.of(from), Days.of(from));
    }

    /**
     * @return every ISO week the period touches as a derived table {@code w (yearweek, thursday, counted)}: its
     *     yyyyww, its Thursday as yyyymmdd, and 1 if the Thursday lies in the period (numbers of our own making,
     *     written into the statement)
     */
    static String weeks(LocalDate from, LocalDate to) {
        StringBuilder weeks = new StringBuilder("(VALUES ");
        for (IsoWeek week = IsoWeek.of(from); week.compareTo(IsoWeek.of(to)) <= 0; week = week.next()) {
            LocalDate thursday = week.monday().with(DayOfWeek.THURSDAY);
            weeks.append(week.compareTo(IsoWeek.of(from)) == 0 ? "" : ", ").append('(').append(week.yearWeek())
                    .append(", ").append(Days.of(thursday)).append(", ")
                    .append(thursday.isBefore(from) || thursday.isAfter(to) ? 0 : 1).append(')');
        }
        return weeks.append(") w (yearweek, thursday, counted)").toString();
    }
}
