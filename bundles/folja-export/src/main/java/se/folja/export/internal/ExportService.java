package se.folja.export.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import se.folja.api.Actor;
import se.folja.api.Period;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Dimension;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.Exports;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.SmallCounts;
import se.folja.api.export.Summary;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.TermMappings;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.store.spi.AssessmentStore;
import se.folja.store.spi.ExportRecordSource;

/**
 * Exports, each audited before it is handed out, with small cells suppressed; and the k of that suppression for every
 * other service that hands counts to a reader outside the units counted ({@link SmallCounts}). A facade: it checks a
 * request into an {@link ExportContext} and hands it to the export asked for, one class each.
 */
@Component(service = {Exports.class, SmallCounts.class}, configurationPid = "se.folja.export")
@Designate(ocd = ExportConfig.class)
public final class ExportService implements Exports, SmallCounts {

    private final ExportAudit audit;
    private final Clock clock;
    private final LifeAreaExport lifeAreas;
    private final NonDeliveryRecordExport records;
    private final SummaryExport summary;
    private final AggregateExport aggregate;
    private volatile ExportSettings settings;

    @Activate
    public ExportService(@Reference AssessmentStore assessments, @Reference LifeAreaMapper mapper,
            @Reference TermMappings mappings, @Reference ExportRecordSource records,
            @Reference ReasonCatalogue catalogue, @Reference ExportAudit audit, ExportConfig config) {
        this(assessments, mapper, mappings, records, catalogue, audit, config, Clock.systemUTC());
    }

    ExportService(AssessmentStore assessments, LifeAreaMapper mapper, TermMappings mappings,
            ExportRecordSource records, ReasonCatalogue catalogue, ExportAudit audit,
            ExportConfig config, Clock clock) {
        DataVersions data = new DataVersions(catalogue, mapper, mappings);
        this.audit = audit;
        this.clock = clock;
        this.lifeAreas = new LifeAreaExport(assessments, data);
        this.records = new NonDeliveryRecordExport(records, data);
        this.summary = new SummaryExport(records, assessments, catalogue, data);
        this.aggregate = new AggregateExport(records, data);
        modified(config);
    }

    @Modified
    void modified(ExportConfig config) {
        settings = ExportSettings.of(config);
    }

    @Override
    public int k() {
        return settings.k();
    }

    @Override
    public SuppressedTable lifeAreas(LocalDate from, LocalDate to, Set<String> units, Actor actor) {
        return lifeAreas.table(ExportContext.of(from, to, units, actor, settings, audit, clock));
    }

    @Override
    public PreparedExport<NonDeliveryExportRow> nonDeliveries(LocalDate from, LocalDate to, Set<String> units,
            Actor actor) {
        Period period = ExportContext.period(from, to);
        ExportSettings now = settings;
        NonDeliveryRecordExport.requireKey(now);
        return records.prepare(ExportContext.of(period, units, actor, now, audit, clock));
    }

    @Override
    public Summary summary(LocalDate from, LocalDate to, Set<String> units, Actor actor) {
        return summary.summary(ExportContext.of(from, to, units, actor, settings, audit, clock));
    }

    @Override
    public AggregateTable aggregate(LocalDate from, LocalDate to, Set<String> units, List<Dimension> groupBy,
            Actor actor) {
        Period period = ExportContext.period(from, to);
        List<Dimension> dimensions = AggregateExport.dimensions(groupBy);
        return aggregate.table(ExportContext.of(period, units, actor, settings, audit, clock), dimensions);
    }
}
