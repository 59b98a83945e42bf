package se.folja.export.internal;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.export.Cell;
import se.folja.api.export.LifeAreaTable;
import se.folja.api.export.RankedCount;
import se.folja.api.export.Summary;
import se.folja.api.export.Suppression;
import se.folja.api.ibic.UnitAreaCount;
import se.folja.api.person.LegalGender;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.store.spi.AssessmentStore;
import se.folja.store.spi.ExportRecordSource;
import se.folja.store.spi.ExportRecordSource.GrantedClients;
import se.folja.store.spi.ExportRecordSource.ReasonCount;

/**
 * Kalmar's table: clients, women and men, granted sessions, cancellations and their share, reasons and life areas
 * ranked — cancellations by day in the period, grants by the weeks whose Thursday lies in it.
 */
final class SummaryExport {

    static final String KIND = "summary";

    private final ExportRecordSource records;
    private final AssessmentStore assessments;
    private final ReasonCatalogue catalogue;
    private final DataVersions data;

    SummaryExport(ExportRecordSource records, AssessmentStore assessments, ReasonCatalogue catalogue,
            DataVersions data) {
        this.records = records;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.data = data;
    }

    Summary summary(ExportContext context) {
        // the weeks whose Thursday lies in the period (ISO's rule), as the aggregate counts them
        IsoWeek first = IsoWeek.of(context.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)));
        IsoWeek last = IsoWeek.of(context.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)));
        long clients = 0;
        long women = 0;
        long sessions = 0;
        int weeks = 0;
        for (IsoWeek week = first; week.compareTo(last) <= 0; week = week.next()) {
            weeks++;
        }
        List<ReasonCount> reasonCounts = List.of();
        List<UnitAreaCount> areaCounts = List.of();
        if (!context.reachesNone()) {
            for (GrantedClients granted : weeks == 0 ? List.<GrantedClients>of()
                    : records.grantedClients(context.scope(), context.from(), context.to())) {
                clients += granted.clients();
                sessions += granted.sessions();
                if (LegalGender.FEMALE.name().equals(granted.legalGender())) {
                    women += granted.clients();
                }
            }
            reasonCounts = records.reasonCounts(context.scope(), context.from(), context.to());
            areaCounts = assessments.cancellationsByUnit(context.scope(), context.from(), context.to());
        }
        int k = context.k();
        long men = clients - women;
        boolean hideGender = small(women, k) || small(men, k);
        ReasonCount all = reasonCounts.stream().filter(r -> r.reason() == null).findFirst()
                .orElse(new ReasonCount(null, 0, 0));
        boolean hideCancellations = small(all.clients(), k);
        List<RankedCount> reasons = reasons(reasonCounts.stream().filter(r -> r.reason() != null).toList(), k,
                hideCancellations);
        // the life-area export's total column: the summary hides what the export hides
        Map<String, String> labels = data.areaLabels();
        List<RankedCount> lifeAreas = new ArrayList<>();
        for (Cell cell : LifeAreaTable.of(data.areaOrder(), areaCounts, k)) {
            if (cell.column().equals(Cell.TOTAL) && !cell.row().equals(Cell.TOTAL)) {
                boolean hide = cell.suppressed() || hideCancellations;
                lifeAreas.add(new RankedCount(cell.row(), labels.get(cell.row()), hide ? null : cell.events(),
                        hide ? null : cell.individuals(), hide));
            }
        }
        lifeAreas = ranked(lifeAreas, RankedCount::individuals);

        Map<String, String> parameters = context.parameters();
        context.audit(KIND, parameters, 3 + reasons.size() + lifeAreas.size(), k);
        return new Summary(parameters, context.now(), k, data.versions(), first, last,
                small(clients, k) ? null : clients, hideGender ? null : women, hideGender ? null : men, sessions,
                weeks == 0 ? 0 : (double) sessions / weeks, hideCancellations ? null : all.cancellations(),
                hideCancellations ? null : all.clients(),
                hideCancellations ? null : Summary.share(all.cancellations(), sessions), reasons, lifeAreas);
    }

    /**
     * Shown lines by {@code count}, most first, then their order as given; suppressed lines last, by code: their order
     * must tell nothing of their counts.
     */
    static List<RankedCount> ranked(List<RankedCount> lines, Function<RankedCount, Long> count) {
        List<RankedCount> ranked = new ArrayList<>(lines);
        ranked.sort(Comparator.comparing(RankedCount::suppressed)
                .thenComparing((RankedCount r) -> r.suppressed() ? 0L : -count.apply(r))
                .thenComparing((RankedCount r) -> r.suppressed() ? r.code() : ""));
        return ranked;
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
}
