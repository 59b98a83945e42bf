package se.folja.export.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.folja.api.Actor;
import se.folja.api.Period;
import se.folja.api.UnitScope;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.ExportRecord;

/**
 * What every export of one request shares, made once: the checked period, the units the reader reaches, the
 * settings (k, pseudonym key and its id) as they were when the request came, its time, and the audit.
 *
 * @param period the period, checked: at most {@link #MOST_YEARS} years
 * @param scope the units counted or exported
 * @param userName who asked, for the audit
 * @param now when the export was made, to the millisecond
 * @param settings k and the pseudonym key
 * @param audit where the export is recorded
 */
record ExportContext(Period period, UnitScope scope, String userName, Instant now, ExportSettings settings,
        ExportAudit audit) {

    /** The longest period one export covers. */
    static final int MOST_YEARS = 10;

    /**
     * @return the period an export may cover, checked by the one rule of periods
     * @throws se.folja.api.ValidationException naming {@code from} and {@code to}
     */
    static Period period(LocalDate from, LocalDate to) {
        return Period.of(from, to, MOST_YEARS);
    }

    /**
     * @throws se.folja.api.ValidationException naming {@code from} and {@code to}, before the units are checked
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    static ExportContext of(LocalDate from, LocalDate to, Set<String> units, Actor actor, ExportSettings settings,
            ExportAudit audit, Clock clock) {
        return of(period(from, to), units, actor, settings, audit, clock);
    }

    /** @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches */
    static ExportContext of(Period period, Set<String> units, Actor actor, ExportSettings settings, ExportAudit audit,
            Clock clock) {
        UnitScope scope = actor.unitScope(units);
        return new ExportContext(period, scope, actor.userName(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                settings, audit);
    }

    LocalDate from() {
        return period.from();
    }

    LocalDate to() {
        return period.to();
    }

    int k() {
        return settings.k();
    }

    /** @return whether the reader reaches no unit: every count is zero, no row is read */
    boolean reachesNone() {
        return scope.reachesNone();
    }


    /** @return the parameters an export names in its metadata and its audit row, in order; a new map each call */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from().toString());
        parameters.put("to", to().toString());
        parameters.put("unit", scope instanceof UnitScope.Units some ? String.join(",", new TreeSet<>(some.codes()))
                : "");
        return parameters;
    }

    /** Records the export: who, when, which, with what parameters, how many rows, with what k. */
    void audit(String kind, Map<String, String> parameters, long rows, int k) {
        audit.record(new ExportRecord(0, userName, now, kind, query(parameters), rows, k));
    }

    /** @return the parameters as the audit stores them: those given, as a query string */
    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
