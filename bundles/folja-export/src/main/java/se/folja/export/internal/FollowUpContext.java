package se.folja.export.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import se.folja.api.Actor;
import se.folja.api.Dates;
import se.folja.api.UnitScope;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.ExportRecord;
import se.folja.api.export.FollowUpSelection;
import se.folja.store.spi.FollowUpExportSource.Selection;

/**
 * What every follow-up export of one request shares, made once the request is checked: the template versions read,
 * the units the reader reaches, the settings as they were when the request came, its time, today (Swedish time) and
 * the audit.
 *
 * @param template the template versions read
 * @param version the version asked for, or null
 * @param scope the units counted or exported
 * @param userName who asked, for the audit
 * @param now when the export was made, to the millisecond
 * @param today the day in Sweden when it was made
 * @param settings k and the pseudonym key
 * @param audit where the export is recorded
 */
record FollowUpContext(TemplateScope template, Integer version, UnitScope scope, String userName, Instant now,
        LocalDate today, ExportSettings settings, ExportAudit audit) {

    /** @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches */
    static FollowUpContext of(TemplateScope template, FollowUpSelection selection, Actor actor,
            ExportSettings settings, ExportAudit audit, Clock clock) {
        UnitScope scope = actor.unitScope(selection.units());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new FollowUpContext(template, selection.version(), scope, actor.userName(), now,
                LocalDate.ofInstant(now, Dates.ZONE), settings, audit);
    }

    /** @return what the store reads */
    Selection selection() {
        return new Selection(template.code(), version, scope);
    }

    int k() {
        return settings.k();
    }

    /** @return whether the reader reaches no unit: every count is zero, no row is read */
    boolean reachesNone() {
        return scope.reachesNone();
    }

    /**
     * @return the parameters an export names in its metadata and its audit row, in order, starting with the template,
     *     version and units; a new map each call
     */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("template", template.code());
        parameters.put("version", version == null ? "" : version.toString());
        parameters.put("unit", scope instanceof UnitScope.Units some ? String.join(",", new TreeSet<>(some.codes()))
                : "");
        return parameters;
    }

    /** @return the versions of the data: the template versions read */
    Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("templateVersions", template.versionList());
        return versions;
    }

    /** Records the export: who, when, which, with what parameters, how many rows, with what k. */
    void audit(String kind, Map<String, String> parameters, long rows, int k) {
        audit.record(new ExportRecord(0, userName, now, kind, ExportContext.query(parameters), rows, k));
    }
}
