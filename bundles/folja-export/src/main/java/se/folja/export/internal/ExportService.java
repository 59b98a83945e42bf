package se.folja.export.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.UnavailableException;
import se.folja.api.ValidationException;
import se.folja.api.export.AggregateRow;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Cell;
import se.folja.api.export.Dimension;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.ExportRecord;
import se.folja.api.export.Exports;
import se.folja.api.export.LifeAreaTable;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RankedCount;
import se.folja.api.export.RecordExport;
import se.folja.api.export.RowSink;
import se.folja.api.export.SmallCounts;
import se.folja.api.export.Summary;
import se.folja.api.export.SuppressedTable;
import se.folja.api.export.Suppression;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.TermMappings;
import se.folja.api.ibic.UnitAreaCount;
import se.folja.api.person.LegalGender;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.spi.AssessmentStore;
import se.folja.store.spi.ExportRecordSource.GrantedClients;
import se.folja.store.spi.ExportRecordSource.ReasonCount;
import se.folja.store.spi.ExportRecordSource;

/**
 * Exports, each audited before it is handed out, with small cells suppressed; and the k of that suppression for every
 * other service that hands counts to a reader outside the units counted ({@link SmallCounts}).
 */
@Component(service = {Exports.class, SmallCounts.class}, configurationPid = "se.folja.export")
@Designate(ocd = ExportConfig.class)
public final class ExportService implements Exports, SmallCounts {

    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);
    static final String LIFE_AREAS = "life-areas";
    static final String NON_DELIVERIES = "non-deliveries";
    static final String SUMMARY = "summary";
    static final String AGGREGATE = "non-delivery-aggregate";
    /** The longest period one export covers. */
    static final int MOST_DAYS = 366 * 10;

    private final AssessmentStore assessments;
    private final LifeAreaMapper mapper;
    private final TermMappings mappings;
    private final ExportRecordSource records;
    private final ReasonCatalogue catalogue;
    private final ExportAudit audit;
    private final Clock clock;
    private volatile int k;
    private volatile Pseudonyms pseudonyms;
    private volatile String keyId;

    @Activate
    public ExportService(@Reference AssessmentStore assessments, @Reference LifeAreaMapper mapper,
            @Reference TermMappings mappings, @Reference ExportRecordSource records,
            @Reference ReasonCatalogue catalogue, @Reference ExportAudit audit, ExportConfig config) {
        this(assessments, mapper, mappings, records, catalogue, audit, config, Clock.systemUTC());
    }

    ExportService(AssessmentStore assessments, LifeAreaMapper mapper, TermMappings mappings,
            ExportRecordSource records, ReasonCatalogue catalogue, ExportAudit audit,
            ExportConfig config, Clock clock) {
        this.assessments = assessments;
        this.mapper = mapper;
        this.mappings = mappings;
        this.records = records;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(ExportConfig config) {
        k = Math.max(1, Math.min(100, config.suppression_k()));
        String key = config.pseudonym_key();
        Pseudonyms made = null;
        if (key != null && !key.isBlank()) {
            try {
                made = new Pseudonyms(key);
            } catch (IllegalArgumentException e) {
                LOG.warn("Record exports are refused: {}", e.getMessage());
            }
        }
        pseudonyms = made;
        keyId = config.pseudonym_keyId() == null || config.pseudonym_keyId().isBlank() ? "1"
                : config.pseudonym_keyId().strip();
    }

    @Override
    public int k() {
        return k;
    }

    @Override
    public PreparedExport<NonDeliveryExportRow> nonDeliveries(LocalDate from, LocalDate to, Set<String> units,
            Actor actor) {
        period(from, to);
        Pseudonyms keyed = pseudonyms;
        if (keyed == null) {
            throw new UnavailableException("Record exports need a pseudonym key of at least "
                    + Pseudonyms.SHORTEST_KEY + " characters: PID se.folja.export, pseudonym.key");
        }
        Set<String> scope = actor.unitFilter(units);
        Map<String, String> parameters = parameters(from, to, scope);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, String> versions = versions();
        RecordExport export = new RecordExport(NON_DELIVERIES, parameters, now, keyId, versions);
        return new PreparedExport<>() {
            @Override
            public RecordExport export() {
                return export;
            }

            @Override
            public long writeTo(RowSink<NonDeliveryExportRow> sink) throws IOException {
                long[] written = {0};
                try {
                    if (scope != null) {
                        stream(keyed, scope, from, to, row -> {
                            sink.row(row);
                            written[0]++;
                        });
                    }
                } finally {
                    audit.record(new ExportRecord(0, actor.userName(), now, NON_DELIVERIES, query(parameters),
                            written[0], 1));
                }
                return written[0];
            }
        };
    }

    /** What the rows say of their client: worked out once per client. */
    private record ClientFacts(String pseudonym, int birthDay, String legalGender, List<String> lifeAreas) {
    }

    private void stream(Pseudonyms keyed, Set<String> scope, LocalDate from, LocalDate to,
            RowSink<NonDeliveryExportRow> sink) throws IOException {
        List<String> areaOrder = mapper.lifeAreas().areas().stream().map(LifeArea::code).toList();
        // per client its pseudonym (one HMAC each) and areas in the set's order, per planned day its week
        ClientTable<ClientFacts> clients = new ClientTable<>();
        Map<Integer, String> weeks = new HashMap<>();
        records.nonDeliveries(scope, from, to, client -> {
            List<String> areas = new ArrayList<>(client.lifeAreas());
            areas.sort((a, b) -> Integer.compare(order(areaOrder, a), order(areaOrder, b)));
            clients.put(client.id(), new ClientFacts(keyed.of(client.clientNumber()), client.birthDay(),
                    client.legalGender(), List.copyOf(areas)));
        }, row -> {
            ClientFacts client = clients.get(row.clientId());
            if (client == null) {
                throw new IllegalStateException("a non-delivery of a client the export did not read");
            }
            String week = weeks.computeIfAbsent(row.plannedDay(), d -> IsoWeek.of(day(d)).toString());
            sink.row(new NonDeliveryExportRow(client.pseudonym(), client.legalGender(), AgeBands.of(client.birthDay(),
                    row.plannedDay()), row.unit(), row.interventionType(), row.reason(), row.initiator(), week,
                    client.lifeAreas()));
            return true;
        });
    }

    @Override
    public SuppressedTable lifeAreas(LocalDate from, LocalDate to, Set<String> units, Actor actor) {
        period(from, to);
        Set<String> scope = actor.unitFilter(units);
        List<UnitAreaCount> counts = scope == null ? List.of() : assessments.cancellationsByUnit(actor.unitScope(units), from, to);
        int kNow = k;
        List<Cell> cells = LifeAreaTable.of(areaOrder(), counts, kNow);

        Map<String, String> parameters = parameters(from, to, scope);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        audit.record(new ExportRecord(0, actor.userName(), now, LIFE_AREAS, query(parameters), cells.size(), kNow));
        Map<String, String> versions = versions();
        return new SuppressedTable(LIFE_AREAS, parameters, now, kNow, versions, cells);
    }

    @Override
    public Summary summary(LocalDate from, LocalDate to, Set<String> units, Actor actor) {
        period(from, to);
        Set<String> scope = actor.unitFilter(units);
        // the weeks whose Thursday lies in the period (ISO's rule), as the aggregate counts them
        IsoWeek first = IsoWeek.of(from.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)));
        IsoWeek last = IsoWeek.of(to.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)));
        long clients = 0;
        long women = 0;
        long sessions = 0;
        int weeks = 0;
        for (IsoWeek week = first; week.compareTo(last) <= 0; week = week.next()) {
            weeks++;
        }
        List<ReasonCount> reasonCounts = List.of();
        List<UnitAreaCount> areaCounts = List.of();
        if (scope != null) {
            for (GrantedClients granted : weeks == 0 ? List.<GrantedClients>of()
                    : records.grantedClients(scope, from, to)) {
                clients += granted.clients();
                sessions += granted.sessions();
                if (LegalGender.FEMALE.name().equals(granted.legalGender())) {
                    women += granted.clients();
                }
            }
            reasonCounts = records.reasonCounts(scope, from, to);
            areaCounts = assessments.cancellationsByUnit(actor.unitScope(units), from, to);
        }
        int kNow = k;
        long men = clients - women;
        boolean hideGender = small(women, kNow) || small(men, kNow);
        ReasonCount all = reasonCounts.stream().filter(r -> r.reason() == null).findFirst()
                .orElse(new ReasonCount(null, 0, 0));
        boolean hideCancellations = small(all.clients(), kNow);
        List<RankedCount> reasons = reasons(reasonCounts.stream().filter(r -> r.reason() != null).toList(), kNow,
                hideCancellations);
        // the life-area export's total column: the summary hides what the export hides
        Map<String, String> labels = new HashMap<>();
        mapper.lifeAreas().areas().forEach(a -> labels.put(a.code(), a.labelSv()));
        List<RankedCount> lifeAreas = new ArrayList<>();
        for (Cell cell : LifeAreaTable.of(areaOrder(), areaCounts, kNow)) {
            if (cell.column().equals(Cell.TOTAL) && !cell.row().equals(Cell.TOTAL)) {
                boolean hide = cell.suppressed() || hideCancellations;
                lifeAreas.add(new RankedCount(cell.row(), labels.get(cell.row()), hide ? null : cell.events(),
                        hide ? null : cell.individuals(), hide));
            }
        }
        lifeAreas = ranked(lifeAreas, RankedCount::individuals);

        Map<String, String> parameters = parameters(from, to, scope);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        audit.record(new ExportRecord(0, actor.userName(), now, SUMMARY, query(parameters),
                3 + reasons.size() + lifeAreas.size(), kNow));
        Map<String, String> versions = versions();
        return new Summary(parameters, now, kNow, versions, first, last, small(clients, kNow) ? null : clients,
                hideGender ? null : women, hideGender ? null : men, sessions, weeks == 0 ? 0 : (double) sessions / weeks,
                hideCancellations ? null : all.cancellations(), hideCancellations ? null : all.clients(),
                hideCancellations ? null : Summary.share(all.cancellations(), sessions), reasons, lifeAreas);
    }

    /**
     * Shown lines by {@code count}, most first, then their order as given; suppressed lines last, by code: their order
     * must tell nothing of their counts.
     */
    static List<RankedCount> ranked(List<RankedCount> lines, java.util.function.Function<RankedCount, Long> count) {
        List<RankedCount> ranked = new ArrayList<>(lines);
        ranked.sort(Comparator.comparing(RankedCount::suppressed)
                .thenComparing((RankedCount r) -> r.suppressed() ? 0L : -count.apply(r))
                .thenComparing((RankedCount r) -> r.suppressed() ? r.code() : ""));
        return ranked;
    }

    @Override
    public AggregateTable aggregate(LocalDate from, LocalDate to, Set<String> units, List<Dimension> groupBy,
            Actor actor) {
        period(from, to);
        List<Dimension> dimensions = groupBy == null ? List.of() : groupBy;
        if (dimensions.isEmpty() || dimensions.size() > 4 || Set.copyOf(dimensions).size() != dimensions.size()
                || dimensions.contains(Dimension.WEEK) && dimensions.contains(Dimension.MONTH)) {
            throw ValidationException.of("groupBy", "must name one to four different dimensions, at most one of week"
                    + " and month");
        }
        Set<String> scope = actor.unitFilter(units);
        // a user who reaches no unit gets the empty answer: no unit code is "-"
        Set<String> filter = scope == null ? Set.of("-") : scope;
        Aggregation aggregation = new Aggregation(dimensions);
        List<Dimension> rowDimensions = dimensions.subList(0, dimensions.size() - 1);
        // cells, column totals, the grand total and (with more than one dimension) row totals, in one call
        List<List<Dimension>> groupings = new ArrayList<>(List.of(dimensions,
                List.of(dimensions.get(dimensions.size() - 1)), List.of()));
        if (!rowDimensions.isEmpty()) {
            groupings.add(rowDimensions);
        }
        List<List<ExportRecordSource.GroupCount>> counts = records.groupingSets(filter, from, to, groupings);
        List<ExportRecordSource.GroupCount> cells = counts.get(0);
        List<ExportRecordSource.GroupCount> columnTotals = counts.get(1);
        ExportRecordSource.GroupCount grand = counts.get(2).get(0);
        List<ExportRecordSource.GroupCount> rowTotals = rowDimensions.isEmpty() ? List.of() : counts.get(3);
        if (aggregation.withGrants() && scope != null) {
            aggregation.addGrantCounts(groupings, records.grantSets(scope, from, to, groupings));
        }
        int kNow = k;
        List<AggregateRow> rows = aggregation.rows(cells, rowTotals, columnTotals, grand, kNow);
        Map<String, String> parameters = parameters(from, to, scope);
        parameters.put("groupBy", dimensions.stream().map(Dimension::parameter).collect(Collectors.joining(",")));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        audit.record(new ExportRecord(0, actor.userName(), now, AGGREGATE, query(parameters), rows.size(), kNow));
        return new AggregateTable(dimensions, parameters, now, kNow, versions(), rows);
    }

    /**
     * Reasons by cancellations; a reason of fewer than k clients is suppressed, and if only one is, the next
     * smallest too, so that the total does not give it away ({@link Suppression#ofList}); every reason if the total
     * is suppressed.
     */
    private List<RankedCount> reasons(List<ReasonCount> counts, int k, boolean hideAll) {
        long[] clients = counts.stream().mapToLong(ReasonCount::clients).toArray();
        boolean[] hidden = Suppression.ofList(clients, k);
        List<RankedCount> ranked = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            ReasonCount r = counts.get(i);
            boolean hide = hidden[i] || hideAll;
            ranked.add(new RankedCount(r.reason(), label(r.reason()), hide ? null : r.cancellations(),
                    hide ? null : r.clients(), hide));
        }
        return ranked(ranked, RankedCount::events);
    }

    private String label(String reason) {
        try {
            return catalogue.reason(reason).labelSv();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static boolean small(long count, int k) {
        return Suppression.small(count, k);
    }

    private List<String> areaOrder() {
        return mapper.lifeAreas().areas().stream().map(LifeArea::code).toList();
    }

    /** @return the parameters an export names in its metadata and its audit row, in order */
    private static Map<String, String> parameters(LocalDate from, LocalDate to, Set<String> scope) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        parameters.put("unit", scope == null || scope.isEmpty() ? "" : String.join(",", new TreeSet<>(scope)));
        return parameters;
    }

    /**
     * @return the versions of the data an export is made with. The reason catalogue's is the sum of its reasons'
     *     versions: every change of the catalogue (a new reason at version 1, an edit, a retirement) raises it by
     *     one, so equal numbers mean the same catalogue.
     */
    private Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("reasonCatalogue", Long.toString(catalogue.allReasons().stream().mapToLong(ReasonCode::version)
                .sum()));
        versions.put("lifeAreas", mapper.lifeAreas().version());
        versions.put("termMapping", Long.toString(mappings.current().info().version()));
        return versions;
    }

    /** @return the day of a {@code yyyymmdd} number */
    static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    private static int order(List<String> order, String code) {
        int i = order.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static void period(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required, e.g. 2026-09-01"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required, e.g. 2026-10-31"));
        }
        if (from != null && to != null && (to.isBefore(from) || from.plusDays(MOST_DAYS).isBefore(to))) {
            errors.add(new FieldError("to", "must be on or after from, and at most ten years after it"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
