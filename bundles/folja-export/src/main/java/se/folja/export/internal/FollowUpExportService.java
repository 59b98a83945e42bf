package se.folja.export.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.Actor;
import se.folja.api.Dates;
import se.folja.api.Period;
import se.folja.api.ValidationException;
import se.folja.api.export.AgeGroup;
import se.folja.api.export.AnswerLine;
import se.folja.api.export.DurationLine;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.FlowInterval;
import se.folja.api.export.FlowLine;
import se.folja.api.export.FollowUpExports;
import se.folja.api.export.FollowUpSelection;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.PreparedResponseExport;
import se.folja.api.export.ScaleChangeLine;
import se.folja.api.export.ScaleChangeRow;
import se.folja.api.export.ScaleGrouping;
import se.folja.api.export.ShareLine;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.ScoringScale;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.export.internal.TemplateScope.Question;
import se.folja.store.spi.FollowUpExportSource;

/**
 * The follow-up exports, each audited before it is handed out, with small counts suppressed. A facade, as
 * {@link ExportService} is: it checks a request — the template (404 if unknown), then every parameter at once (400
 * naming each), then the units (403) — into a {@link FollowUpContext} and hands it to the export asked for, one class
 * each. It shares the export's configuration (PID {@code se.folja.export}: k, the pseudonym key), read the same way.
 */
@Component(service = FollowUpExports.class, configurationPid = "se.folja.export")
public final class FollowUpExportService implements FollowUpExports {

    private final FollowUpTemplates templates;
    private final ExportAudit audit;
    private final Clock clock;
    private final AnswerDistributionExport answers;
    private final DurationExport durations;
    private final FlowExport flow;
    private final ShareExport shares;
    private final ScaleChangeExport scaleChange;
    private final ResponseRecordExport responses;
    private volatile ExportSettings settings;

    @Activate
    public FollowUpExportService(@Reference FollowUpExportSource source, @Reference FollowUpTemplates templates,
            @Reference ReasonCatalogue catalogue, @Reference LifeAreaMapper mapper, @Reference ExportAudit audit,
            ExportConfig config) {
        this(source, templates, catalogue, mapper, audit, config, Clock.systemUTC());
    }

    FollowUpExportService(FollowUpExportSource source, FollowUpTemplates templates, ReasonCatalogue catalogue,
            LifeAreaMapper mapper, ExportAudit audit, ExportConfig config, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
        this.answers = new AnswerDistributionExport(source, catalogue, mapper);
        this.durations = new DurationExport(source);
        this.flow = new FlowExport(source);
        this.shares = new ShareExport(source);
        this.scaleChange = new ScaleChangeExport(source);
        this.responses = new ResponseRecordExport(source);
        modified(config);
    }

    @Modified
    void modified(ExportConfig config) {
        settings = ExportSettings.of(config);
    }

    /** A request being checked: its template versions, and every error found so far. */
    private final class Request {

        final ValidationException.Builder errors = ValidationException.builder();
        final FollowUpSelection selection;
        final TemplateScope template;
        final ExportSettings settings = FollowUpExportService.this.settings;

        /** @throws se.folja.api.NotFoundException if no template has the selection's code */
        Request(FollowUpSelection selection) {
            this.selection = selection;
            this.template = TemplateScope.of(templates, selection.template(), selection.version(), errors);
        }

        Period period(LocalDate from, LocalDate to) {
            return Period.check(from, to, ExportContext.MOST_YEARS, errors);
        }

        /** @return the day asked about, or today in Sweden */
        LocalDate asOf(LocalDate asOf) {
            if (asOf == null) {
                return LocalDate.now(clock.withZone(Dates.ZONE));
            }
            Dates.check("asOf", asOf, errors);
            return asOf;
        }

        /**
         * @throws ValidationException naming every bad parameter
         * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
         */
        FollowUpContext context(Actor actor) {
            errors.throwIfAny();
            return FollowUpContext.of(template, selection, actor, settings, audit, clock);
        }
    }

    @Override
    public FollowUpTable<AnswerLine> answers(FollowUpSelection selection, LocalDate from, LocalDate to, Actor actor) {
        Request request = new Request(selection);
        Period period = request.period(from, to);
        return answers.table(request.context(actor), period);
    }

    @Override
    public FollowUpTable<DurationLine> durations(FollowUpSelection selection, LocalDate asOf, Actor actor) {
        Request request = new Request(selection);
        LocalDate day = request.asOf(asOf);
        return durations.table(request.context(actor), day);
    }

    @Override
    public FollowUpTable<FlowLine> flow(FollowUpSelection selection, LocalDate from, LocalDate to,
            FlowInterval interval, Actor actor) {
        Request request = new Request(selection);
        Period period = request.period(from, to);
        return flow.table(request.context(actor), period, interval == null ? FlowInterval.MONTH : interval);
    }

    @Override
    public FollowUpTable<ShareLine> shares(FollowUpSelection selection, LocalDate from, LocalDate to, LocalDate asOf,
            String question, Set<String> positive, List<AgeGroup> ageGroups, Actor actor) {
        Request request = new Request(selection);
        Period period = request.period(from, to);
        LocalDate day = request.asOf(asOf);
        Question asked = ShareExport.question(request.template, question, positive, request.errors);
        FollowUpContext context = request.context(actor);
        return shares.table(context, period, day, asked, Set.copyOf(positive), groups(ageGroups));
    }

    @Override
    public FollowUpTable<ScaleChangeLine> scaleChange(FollowUpSelection selection, LocalDate from, LocalDate to,
            String scale, ScaleGrouping groupBy, List<AgeGroup> ageGroups, Actor actor) {
        Request request = new Request(selection);
        Period period = request.period(from, to);
        ScoringScale chosen = ScaleChangeExport.scale(request.template, scale, request.errors);
        FollowUpContext context = request.context(actor);
        return scaleChange.table(context, period, chosen, groupBy == null ? ScaleGrouping.NONE : groupBy,
                groups(ageGroups));
    }

    @Override
    public PreparedExport<ScaleChangeRow> scaleChangeRecords(FollowUpSelection selection, LocalDate from,
            LocalDate to, String scale, Actor actor) {
        Request request = new Request(selection);
        Period period = request.period(from, to);
        ScoringScale chosen = ScaleChangeExport.scale(request.template, scale, request.errors);
        request.errors.throwIfAny();
        NonDeliveryRecordExport.requireKey(request.settings);
        return scaleChange.prepare(request.context(actor), period, chosen);
    }

    @Override
    public PreparedResponseExport responses(FollowUpSelection selection, LocalDate from, LocalDate to, Actor actor) {
        Request request = new Request(selection);
        Period period = request.period(from, to);
        request.errors.throwIfAny();
        NonDeliveryRecordExport.requireKey(request.settings);
        return responses.prepare(request.context(actor), period);
    }

    private static List<AgeGroup> groups(List<AgeGroup> asked) {
        return asked == null || asked.isEmpty() ? AgeGroup.parse(AgeGroup.DEFAULT, "ageGroups") : asked;
    }
}
